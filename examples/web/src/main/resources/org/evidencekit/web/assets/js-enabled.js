// Marks the page as having JavaScript, before it is drawn, as GOV.UK Frontend's template does
// (here as a file: the Content-Security-Policy allows no inline script).
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
