// Progressive enhancement of the upload form (Ingestion/Upload.cshtml): drop a file onto the file field, and send
// the form with XMLHttpRequest to show upload progress for large files. The server answers JSON with the receipt's
// address, or the form again with its errors, which replaces the page's main content. Without this script the
// form posts as it is.
(() => {
    'use strict';
    const form = document.querySelector('[data-upload-form]');
    if (!form || !window.FormData || !window.DOMParser || !('upload' in new XMLHttpRequest())) return;
    wire(form);

    function wire(form) {
        const zone = form.querySelector('[data-drop-zone]');
        const input = form.querySelector('input[type=file]');
        const chosen = form.querySelector('[data-file-name]');
        form.querySelector('[data-drop-hint]').hidden = false;
        const showChoice = () => {
            const file = input.files[0];
            chosen.textContent = file ? `Gekozen: ${file.name} (${size(file.size)})` : '';
        };
        input.addEventListener('change', showChoice);
        for (const type of ['dragenter', 'dragover']) {
            zone.addEventListener(type, event => { event.preventDefault(); zone.classList.add('is-dragging'); });
        }
        for (const type of ['dragleave', 'drop']) {
            zone.addEventListener(type, event => { event.preventDefault(); zone.classList.remove('is-dragging'); });
        }
        zone.addEventListener('drop', event => {
            if (event.dataTransfer && event.dataTransfer.files.length > 0) {
                input.files = event.dataTransfer.files;
                showChoice();
            }
        });
        form.addEventListener('submit', event => {
            event.preventDefault();
            send(form, input);
        });
    }

    function send(form, input) {
        const progress = form.querySelector('[data-progress]');
        const bar = progress.querySelector('progress');
        const status = progress.querySelector('[data-progress-text]');
        const button = form.querySelector('[data-submit]');
        const file = input.files[0];
        progress.hidden = false;
        if (file && file.size > Number(input.dataset.maxBytes)) {
            status.textContent = input.dataset.tooLarge;
            input.focus();
            return;
        }
        const request = new XMLHttpRequest();
        let announced = -10;
        request.open('POST', form.getAttribute('action') || location.pathname + location.search);
        request.setRequestHeader('Accept', 'application/json');
        request.upload.addEventListener('progress', event => {
            if (!event.lengthComputable) return;
            const percent = Math.floor((event.loaded * 100) / event.total);
            bar.value = percent;
            // Announce in steps of ten, so a screen reader is not flooded.
            if (percent >= announced + 10) {
                announced = percent - (percent % 10);
                status.textContent = `${announced}% geüpload`;
            }
        });
        request.upload.addEventListener('load', () => { status.textContent = 'Geüpload; SignalHub slaat het bestand op.'; });
        request.addEventListener('load', () => {
            const type = request.getResponseHeader('Content-Type') || '';
            if (request.status === 200 && type.includes('application/json')) {
                location.assign(JSON.parse(request.responseText).location);
            } else if (type.includes('text/html')) {
                showPage(request.responseText);
            } else {
                failed();
            }
        });
        request.addEventListener('error', failed);
        button.disabled = true;
        bar.value = 0;
        status.textContent = 'Het uploaden begint.';
        request.send(new FormData(form));

        function failed() {
            button.disabled = false;
            status.textContent = 'Het uploaden is mislukt. Controleer de verbinding en probeer het opnieuw.';
        }
    }

    // The server's answer is a whole page (the form with its errors, or an error page): show its main content.
    function showPage(html) {
        const page = new DOMParser().parseFromString(html, 'text/html');
        document.title = page.title;
        document.querySelector('main').replaceWith(page.querySelector('main'));
        const again = document.querySelector('[data-upload-form]');
        if (again) wire(again);
        (document.querySelector('[data-focus-on-load]') || document.querySelector('main')).focus();
    }

    function size(bytes) {
        return bytes >= 1024 * 1024
            ? `${(bytes / (1024 * 1024)).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`
            : `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('nl-NL')} kB`;
    }
})();
