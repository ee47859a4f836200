// While a delivery is being processed, asks for its status now and then and reloads the receipt once it is final.
// Without JavaScript the page offers a "Nu verversen" link instead.
(() => {
    'use strict';
    const box = document.querySelector('[data-receipt-poll]');
    if (!box || !window.fetch) return;
    const url = box.getAttribute('data-receipt-poll');
    const poll = async () => {
        try {
            const response = await fetch(url, { headers: { Accept: 'application/json' }, cache: 'no-store' });
            if (response.ok && (await response.json()).final) {
                location.reload();
                return;
            }
        } catch {
            // A lost connection is retried on the next turn.
        }
        setTimeout(poll, 1500);
    };
    setTimeout(poll, 1000);
})();
