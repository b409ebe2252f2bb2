import type { Composer } from './model';

/** The post's media, edited from the media list and picker (loaded after first paint). */
export const mediaEdits = (model: Composer) => ({
  add: (urls: readonly string[], asVideo = false) =>
    model.edit(() => {
      model.media.value = [...new Set([...model.media.value, ...urls])];
      if (asVideo) model.videos.value = [...new Set([...model.videos.value, ...urls])];
    }),
  remove: (url: string) =>
    model.edit(() => {
      model.media.value = model.media.value.filter((m) => m !== url);
      model.videos.value = model.videos.value.filter((m) => m !== url);
    }),
  /** Moves an item one place earlier (-1) or later (+1): networks show them in this order. */
  move: (url: string, by: -1 | 1) =>
    model.edit(() => {
      const list = [...model.media.value];
      const from = list.indexOf(url);
      const to = from + by;
      if (from < 0 || to < 0 || to >= list.length) return;
      [list[from], list[to]] = [list[to]!, list[from]!];
      model.media.value = list;
    }),
  describe: (url: string, alt: string) => model.edit(() => (model.alts.value = { ...model.alts.value, [url]: alt })),
  markVideo: (url: string, on: boolean) =>
    model.edit(() => (model.videos.value = on ? [...new Set([...model.videos.value, url])] : model.videos.value.filter((v) => v !== url))),
});
