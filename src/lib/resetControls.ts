/**
 * A switch or field of the prerendered page changed before the app took it over shows what the app
 * does not hold (React keeps a control's state as it finds it): back to the page's own values.
 */
export function resetControls(page: HTMLElement): void {
  for (const input of page.querySelectorAll('input')) {
    if (input.type === 'file') continue;
    input.checked = input.defaultChecked;
    input.value = input.defaultValue;
  }
  for (const select of page.querySelectorAll('select'))
    for (const option of select.options) option.selected = option.defaultSelected;
}
