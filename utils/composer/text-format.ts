/**
 * Wraps the selected part of `text` in a tag (or an empty pair at the caret), and says where the
 * selection is afterwards so the button can put the caret back.
 */
export function wrapSelection(text: string, start: number, end: number, tag: 'b' | 'i') {
  const before = text.slice(0, start);
  const inside = text.slice(start, end);
  const after = text.slice(end);
  const open = `<${tag}>`;
  return {
    text: `${before}${open}${inside}</${tag}>${after}`,
    start: start + open.length,
    end: end + open.length,
  };
}

export function applyFormat(box: HTMLTextAreaElement, tag: 'b' | 'i', onChange: (text: string) => void): void {
  const next = wrapSelection(box.value, box.selectionStart, box.selectionEnd, tag);
  onChange(next.text);
  // After Preact writes the new value, put the selection back around the same words.
  requestAnimationFrame(() => {
    box.focus();
    box.setSelectionRange(next.start, next.end);
  });
}
