// After a failed submit the error summary takes focus, so keyboard and screen reader users start at the list of
// errors; a link in the summary then puts focus in its field (a fragment link alone only scrolls there).
(() => {
    'use strict';
    document.addEventListener('click', event => {
        const link = event.target instanceof Element ? event.target.closest('.error-summary a[href^="#"]') : null;
        const field = link ? document.getElementById(link.getAttribute('href').slice(1)) : null;
        if (!field) return;
        event.preventDefault();
        field.scrollIntoView({ block: 'center' });
        field.focus();
    });
    const summary = document.querySelector('[data-focus-on-load]');
    if (summary) summary.focus();
})();
