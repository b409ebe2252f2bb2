// Marked as the popup marks 'composer-ready': after its module script ran (see index.html).
performance.mark('blank-ready');
