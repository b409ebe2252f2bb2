import { formatDuration } from '../format';
import { t } from '../i18n';
import { MIN_KEY_LENGTH } from '../settings/base-url';
import { failureOf, type Failure } from './failure';

/** A feature's explanation, then Ayrshare's own words when it gave some. */
function withSaid(text: string, failure: Failure): string {
  return failure.said ? `${text} ${t('ayrshareSaid', failure.said)}` : text;
}

/** A failure in words the user can act on (ayrshare-api.md §5). */
export function describeFailure(failure: Failure): string {
  const said = failure.said || t('errorNoDetail');
  const host = failure.host ?? '';
  switch (failure.kind) {
    case 'offline':
      return t('errorOffline');
    case 'unreachable':
      return t('errorUnreachable', host);
    case 'timeout':
      return t('errorTimeout', [host, formatDuration(failure.ms ?? 0)]);
    case 'interrupted':
      return t('errorInterrupted', host);
    case 'unauthorized':
      return t('errorUnauthorized');
    case 'forbidden':
      return t('errorForbidden', said);
    case 'notFound':
      return t('errorNotFound', said);
    case 'xCredentials':
      return t('errorXCredentials');
    case 'rateLimited':
      return failure.ms === undefined ? t('errorRateLimited') : t('errorRateLimitedFor', formatDuration(failure.ms));
    case 'server':
      return t('errorServer', failure.status ?? 500);
    case 'malformed':
      return t('errorMalformed', host);
    case 'rejected':
      return failure.code !== undefined && failure.said
        ? t('errorAyrshareCode', [failure.said, failure.code])
        : t('errorHttp', [failure.status ?? 400, said]);
    case 'noApiKey':
      return t('errorNoApiKey');
    case 'noProfileKey':
      return t('errorUnknownProfile');
    case 'badBaseUrl':
      return t('errorBaseUrlInvalid');
    case 'insecureBaseUrl':
      return t('errorBaseUrlInsecure', host);
    case 'notGranted':
      return t('errorNotGranted', host);
    case 'testNeedsKey':
      return t('errorTestNeedsKey');
    case 'keyTooShort':
      return t('errorKeyTooShort', MIN_KEY_LENGTH);
    case 'storageFull':
      return t('errorStorageFull');
    case 'badRequest':
      return t('errorBadMessage');
    case 'missingName':
      return t('errorProfileName');
    case 'importNotJson':
      return t('errorImportNotJson');
    case 'importWrongFormat':
      return failure.item ? t('errorImportBadProfile', failure.item) : t('errorImportWrongFormat');
    case 'importNoName':
      return t('errorImportNoName', failure.item ?? 0);
    case 'importNoKey':
      return t('errorImportNoKey', failure.item ?? 0);
    case 'noDefaultNetworks':
      return t('errorNoDefaultNetworks');
    case 'noNetwork':
      return t('errorNoNetwork');
    case 'nothingSendable':
      return t('errorNothingSendable');
    case 'tooLarge':
      return t('errorTooLarge');
    case 'uploadFailed':
      return t('errorUploadFailed');
    case 'noPageAccess':
      return t('errorNoPageAccess');
    case 'invalidFeatures':
      return t('errorInvalidFeatures');
    case 'invalidSchedule':
      return t('errorInvalidSchedule');
    case 'queueNeedsPlan':
      return withSaid(t('planQueue'), failure);
    case 'libraryNeedsPlan':
      return withSaid(t('planLibrary'), failure);
    case 'reachNeedsPlan':
      return withSaid(t('planReach'), failure);
    case 'urlCheckNeedsPlan':
      return withSaid(t('planUrlCheck'), failure);
    case 'noQueue':
      return t('errorNoQueue');
    case 'queueNotShared':
      return t('errorQueueNotShared');
    case 'badMediaUrl':
      return t('errorBadMediaUrl');
    case 'unreachableMedia':
      return t('errorUnreachableMedia', failure.said || t('errorNoDetail'));
    default:
      return t('errorUnexpected');
  }
}

/** The words for whatever a page caught. */
export function describeError(error: unknown): string {
  return describeFailure(failureOf(error));
}
