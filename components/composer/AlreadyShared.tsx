import { formatDate } from '@/utils/format';
import { t } from '@/utils/i18n';
import { networkName } from '@/utils/networks/names';
import type { SharedBefore } from '@/utils/outbox/shared-before';

/** Says that this page went out from this browser before, with links to those posts. */
export function AlreadyShared({ shared }: { shared: SharedBefore }) {
  return (
    <p class="hint already-shared" role="note">
      {t('alreadyShared', formatDate(shared.at))}{' '}
      {shared.posts.map((post, i) => (
        <span key={post.platform}>
          {i > 0 && ' · '}
          <a href={post.postUrl} target="_blank" rel="noopener noreferrer">
            {t('resultViewPost', networkName(post.platform))}
          </a>
        </span>
      ))}
    </p>
  );
}
