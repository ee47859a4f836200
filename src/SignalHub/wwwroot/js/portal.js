// After a failed submit the error summary takes focus, so keyboard and screen reader users start at the list of errors.
(() => {
    'use strict';
    const summary = document.querySelector('[data-focus-on-load]');
    if (summary) summary.focus();
})();
