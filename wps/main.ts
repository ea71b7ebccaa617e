/**
 * The WPS add-in's entry page script (index.html, loaded by WPS with ribbon.xml): binds the ribbon's
 * callbacks to the global names ribbon.xml gives. Every callback is synchronous.
 */
import './polyfills';
import { wpsApplication } from './etApi';
import { RIBBON_BUTTONS, buttonImage, openPane } from './ribbon';

interface RibbonControl {
  Id: string;
}

const callbacks = {
  OnAddinLoad: (): boolean => true,
  OnAction: (control: RibbonControl): boolean => {
    const app = wpsApplication();
    const view = RIBBON_BUTTONS[control.Id];
    return Boolean(app && view && openPane(app, document.baseURI, view));
  },
  GetImage: (): string => buttonImage(),
};

Object.assign(window, callbacks);
