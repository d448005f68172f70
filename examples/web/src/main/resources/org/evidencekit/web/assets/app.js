// Progressive enhancement only: every page works without this file.
import { initAll } from '/assets/govuk-frontend.min.js';

initAll();

// Tell the server that conditional fields are hidden when their option is not chosen, so that
// text left in a hidden field is dropped rather than reported.
for (const form of document.querySelectorAll('form[method="post"]')) {
  const js = document.createElement('input');
  js.type = 'hidden';
  js.name = 'js';
  js.value = '1';
  form.appendChild(js);
}
