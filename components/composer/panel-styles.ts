import css from './panels.css?inline';

/**
 * The styles of the popup's lazily loaded parts travel with them, so the start-up stylesheet
 * holds only what first paint shows. Importing this module adds them to the page once.
 */
if (!document.getElementById('sharebeam-panels')) {
  const style = document.createElement('style');
  style.id = 'sharebeam-panels';
  style.textContent = css;
  document.head.append(style);
}
