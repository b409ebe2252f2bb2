import { formatList } from '@/utils/format';
import { t } from '@/utils/i18n';
import { networkName } from '@/utils/networks/names';
import { describeTarget } from '@/utils/outbox/describe';
import { createOutboxPanel } from '@/utils/outbox/panel';
import { useMemo } from 'preact/hooks';
import { canCancel } from '@/utils/outbox/states';
import type { OutboxEntry } from '@/utils/storage/outbox';
import './panel-styles';
import { NetworkResults } from './NetworkResults';

const SNIPPET = 80;

function snippet(text: string): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length > SNIPPET ? `${chars.slice(0, SNIPPET - 1).join('')}…` : chars.join('');
}

function OutboxItem({ entry, onCancel }: { entry: OutboxEntry; onCancel(entryId: string): void }) {
  return (
    <li class="outbox-item">
      <p class="outbox-post">{t('outboxPost', [formatList(entry.post.platforms.map(networkName)), snippet(entry.post.post)])}</p>
      {entry.targets.map((target) => {
        const status = describeTarget(target);
        return status ? (
          <p key={target.profileId} class={`result ${target.state}`}>
            {status}
          </p>
        ) : (
          <NetworkResults key={target.profileId} target={target} links={false} />
        );
      })}
      {entry.targets.some(canCancel) && (
        <button type="button" onClick={() => onCancel(entry.id)}>
          {t('outboxCancel')}
        </button>
      )}
    </li>
  );
}

/** Sends that are not final (and those this popup saw finish): where each stands, and a way to stop it. */
export function OutboxView({ composerDraftKey }: { composerDraftKey: string }) {
  const panel = useMemo(() => createOutboxPanel(composerDraftKey), []);
  const entries = panel.entries.value;
  if (entries.length === 0) return null;
  return (
    <section class="outbox" aria-labelledby="outbox-title">
      <h2 id="outbox-title">{t('outboxLabel')}</h2>
      <ul aria-live="polite">
        {entries.map((entry) => (
          <OutboxItem key={entry.id} entry={entry} onCancel={panel.cancel} />
        ))}
      </ul>
    </section>
  );
}
