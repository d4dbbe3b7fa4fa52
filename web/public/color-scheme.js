// Applies the saved colour scheme before the first paint (what Mantine's ColorSchemeScript does), as a file
// rather than an inline script so a strict Content-Security-Policy (script-src 'self') allows it.
(() => {
  try {
    const saved = localStorage.getItem('channel-hub.color-scheme');
    let scheme = saved === 'dark' || saved === 'light' ? saved : 'light';
    if (saved === 'auto') scheme = window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    document.documentElement.setAttribute('data-mantine-color-scheme', scheme);
  } catch {
    // storage unavailable: Mantine applies the default on start
  }
})();
