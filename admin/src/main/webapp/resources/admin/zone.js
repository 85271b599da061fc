// Times are shown in the operator's zone: the browser tells it through a cookie (from the next page on).
// A file of its own, not an inline script: the console's Content-Security-Policy allows no inline code.
(function () {
    var tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (tz && document.cookie.indexOf('tz=' + encodeURIComponent(tz)) < 0) {
        document.cookie = 'tz=' + encodeURIComponent(tz) + ';path=/bridge/admin;SameSite=Lax';
    }
})();
