// How a stored post reads in GET /post/:id and /history (ayrshare-api.md §4.3, §4.7): every field
// the client sent, then the post's state. `scheduleDate` uses the `{_seconds, _nanoseconds, utc}`
// object of the history examples; clients are told to parse that and a plain string (§4.7).
import type { Profile } from './account.ts';
import { firestoreTimestamp } from './clock.ts';
import type { PostRecord } from './store.ts';

export function postView(record: PostRecord, profile: Profile): Record<string, unknown> {
  const d = record.data;
  const scheduleMs = record.draft.scheduleDate?.ms;
  return {
    ...d.body,
    id: d.id,
    status: d.status,
    type: d.type,
    post: d.post,
    platforms: d.platforms,
    mediaUrls: d.mediaUrls,
    postIds: d.postIds,
    errors: d.errors,
    created: new Date(d.created).toISOString(),
    ...(scheduleMs !== undefined ? { scheduleDate: firestoreTimestamp(scheduleMs) } : {}),
    ...(d.notes !== null ? { notes: d.notes } : {}),
    ...(d.requiresApproval ? { requiresApproval: true, approved: d.approved } : {}),
    ...(d.autoRepostId ? { autoRepostId: d.autoRepostId } : {}),
    ...(d.retried ? { retried: true } : {}),
    shortenLinks: d.body.shortenLinks === true,
    profileTitle: profile.title,
    refId: profile.refId,
  };
}

export function historyItem(record: PostRecord, profile: Profile): Record<string, unknown> {
  return {
    ...postView(record, profile),
    urls: record.data.postIds.flatMap((p) => (p.postUrl ? [p.postUrl] : [])),
  };
}
