/**
 * Ribbon function file. The 政务公开 buttons all use ShowTaskpane (each opens the pane at its view
 * through `?view=`), so no function commands are registered; Office still requires this page.
 */
void Office.onReady(() => undefined);
