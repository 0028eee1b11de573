export function onOpen(): void {
  SpreadsheetApp.getUi()
    .createMenu('Peer Desk')
    .addItem('Set up or repair', 'setup')
    .addToUi();
}
