// Office.js did not load from Microsoft's CDN (blocked intranet, offline): use the copy shipped with the add-in.
if (typeof window.Office === 'undefined') {
  document.write('<script src="office-js/office.js"><\/script>');
}
