type Entry = { message: string; placeholders?: Record<string, { content: string }> };

/**
 * browser.i18n.getMessage over one catalogue, substituted the way Chrome does ($NAME$
 * placeholders whose content is $1…$9); '' for a key the catalogue lacks, as in the browsers.
 */
export function getMessageFrom(messages: Record<string, Entry>) {
  return (key: string, substitutions?: string | string[]): string => {
    const entry = messages[key];
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : [substitutions].flat();
    const fill = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
    return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
      const placeholder = entry.placeholders?.[name.toLowerCase()];
      return placeholder ? fill(placeholder.content) : '';
    });
  };
}
