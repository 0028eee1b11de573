import {SERVICE} from '../core/service';
import {ApiOf} from '../core/official-types';
import {Button, ButtonSet} from './enums';
import {stubNotEmulated} from './not-emulated';
import {MENU_METHODS, UI_METHODS} from './official-methods';

type ButtonName = GoogleAppsScript.Base.Button;
type ButtonSetName = GoogleAppsScript.Base.ButtonSet;

export interface MenuItem {
  caption: string;
  functionName?: string;
  separator?: boolean;
  subMenu?: FakeMenu;
}

export class FakeMenu implements ApiOf<
  GoogleAppsScript.Base.Menu,
  'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'
> {
  readonly [SERVICE] = 'SpreadsheetApp.Menu';
  /** Host: the items in the order they were added. */
  readonly items: MenuItem[] = [];

  constructor(
    readonly caption: string,
    private readonly ui: FakeUi
  ) {}

  addItem(caption: string, functionName: string): this {
    this.items.push({caption, functionName});
    return this;
  }

  addSeparator(): this {
    this.items.push({caption: '', separator: true});
    return this;
  }

  addSubMenu(menu: FakeMenu): this {
    this.items.push({caption: menu.caption, subMenu: menu});
    return this;
  }

  /** Adding a menu with the caption of one already shown replaces it, as reopening does. */
  addToUi(): void {
    const menus = this.ui.menus;
    const existing = menus.findIndex(m => m.caption === this.caption);
    if (existing >= 0) menus.splice(existing, 1, this);
    else menus.push(this);
  }
}

export class FakePromptResponse implements ApiOf<
  GoogleAppsScript.Base.PromptResponse,
  'getResponseText' | 'getSelectedButton'
> {
  readonly [SERVICE] = 'SpreadsheetApp.PromptResponse';

  constructor(
    private readonly text: string,
    private readonly button: ButtonName
  ) {}

  getResponseText(): string {
    return this.text;
  }

  getSelectedButton(): ButtonName {
    return this.button;
  }
}

export interface ShownAlert {
  title: string;
  prompt: string;
  buttons: ButtonSetName;
  answer: ButtonName;
}

export interface ShownPrompt extends ShownAlert {
  text: string;
}

/** An HtmlOutput shown in a dialog or sidebar, as the HtmlService fake hands it over. */
export interface ShownHtml {
  kind: 'modal' | 'modeless' | 'sidebar';
  output: unknown;
  title: string;
}

function firstButtonOf(buttons: ButtonSetName): ButtonName {
  return buttons === ButtonSet.YES_NO || buttons === ButtonSet.YES_NO_CANCEL
    ? Button.YES
    : Button.OK;
}

/**
 * SpreadsheetApp.getUi(). A person answers alerts and prompts: tests queue those answers on the
 * host side. An alert with nothing queued is answered with its first button (OK or YES); a prompt
 * with nothing queued is a host error, since the emulator cannot invent what someone would type.
 */
export class FakeUi implements ApiOf<
  GoogleAppsScript.Base.Ui,
  | 'createMenu'
  | 'alert'
  | 'prompt'
  | 'showModalDialog'
  | 'showModelessDialog'
  | 'showSidebar'
> {
  readonly [SERVICE] = 'SpreadsheetApp.Ui';
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  /**
   * Host: whose browser tab the running script's menus go to (and `menus` reads). Each person's
   * menu bar is their own: onOpen runs for each person who opens the spreadsheet.
   */
  viewer = '';
  private readonly menuBars = new Map<string, FakeMenu[]>();
  readonly alerts: ShownAlert[] = [];
  readonly prompts: ShownPrompt[] = [];
  readonly dialogs: ShownHtml[] = [];
  private readonly alertAnswers: ButtonName[] = [];
  private readonly promptAnswers: Array<{text: string; button: ButtonName}> =
    [];

  /** Host: the menus in the viewer's menu bar. */
  get menus(): FakeMenu[] {
    return this.menusOf(this.viewer);
  }

  /** Host: the menus in one person's menu bar. */
  menusOf(user: string): FakeMenu[] {
    let menus = this.menuBars.get(user);
    if (!menus) {
      menus = [];
      this.menuBars.set(user, menus);
    }
    return menus;
  }

  /** Host: the person reloads the spreadsheet: their menu bar is empty until onOpen runs. */
  hostClearMenus(user: string): void {
    this.menuBars.delete(user);
  }

  /** Spreadsheet.removeMenu: drops the viewer's menu of that caption. */
  hostRemoveMenu(caption: string): void {
    const menus = this.menus;
    const index = menus.findIndex(m => m.caption === caption);
    if (index >= 0) menus.splice(index, 1);
  }

  /** Host: the button the next alert is answered with. */
  queueAlertAnswer(button: ButtonName): void {
    this.alertAnswers.push(button);
  }

  /** Host: what the person types into the next prompt, and the button they press (default OK). */
  queuePromptAnswer(text: string, button: ButtonName = Button.OK): void {
    this.promptAnswers.push({text, button});
  }

  createMenu(caption: string): FakeMenu {
    return new FakeMenu(caption, this);
  }

  alert(
    titleOrPrompt: string,
    promptOrButtons?: string | ButtonSetName,
    maybeButtons?: ButtonSetName
  ): ButtonName {
    const {title, prompt, buttons} = this.dialogArguments(
      titleOrPrompt,
      promptOrButtons,
      maybeButtons
    );
    const answer = this.alertAnswers.shift() ?? firstButtonOf(buttons);
    this.alerts.push({title, prompt, buttons, answer});
    return answer;
  }

  prompt(
    titleOrPrompt: string,
    promptOrButtons?: string | ButtonSetName,
    maybeButtons?: ButtonSetName
  ): FakePromptResponse {
    const {title, prompt, buttons} = this.dialogArguments(
      titleOrPrompt,
      promptOrButtons,
      maybeButtons
    );
    const answer = this.promptAnswers.shift();
    if (!answer)
      throw new Error(
        `The script showed a prompt ("${prompt}") but no answer was queued: call ui.queuePromptAnswer(text) first.`
      );
    this.prompts.push({
      title,
      prompt,
      buttons,
      answer: answer.button,
      text: answer.text,
    });
    return new FakePromptResponse(answer.text, answer.button);
  }

  showModalDialog(userInterface: unknown, title: string): void {
    this.dialogs.push({kind: 'modal', output: userInterface, title});
  }

  showModelessDialog(userInterface: unknown, title: string): void {
    this.dialogs.push({kind: 'modeless', output: userInterface, title});
  }

  showSidebar(userInterface: unknown): void {
    this.dialogs.push({kind: 'sidebar', output: userInterface, title: ''});
  }

  private dialogArguments(
    titleOrPrompt: string,
    promptOrButtons: string | ButtonSetName | undefined,
    maybeButtons: ButtonSetName | undefined
  ): {title: string; prompt: string; buttons: ButtonSetName} {
    if (maybeButtons !== undefined)
      return {
        title: titleOrPrompt,
        prompt: String(promptOrButtons),
        buttons: maybeButtons,
      };
    return {
      title: '',
      prompt: titleOrPrompt,
      buttons: (promptOrButtons as ButtonSetName | undefined) ?? ButtonSet.OK,
    };
  }
}

stubNotEmulated(FakeUi, 'Ui', UI_METHODS);
stubNotEmulated(FakeMenu, 'Menu', MENU_METHODS);
