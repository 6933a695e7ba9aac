import { render } from 'preact';
import { browserPopupPorts } from '../../app/popup-ports';
import { PopupApp } from '../../components/popup/PopupApp';
import './style.css';

// A separate chunk, loaded after the first paint: it pulls in the site profiles.
const loadSiteAccessToggle = () => import('../../components/popup/SiteAccessToggle').then((module) => module.SiteAccessToggle);

render(<PopupApp ports={browserPopupPorts()} loadSiteAccessToggle={loadSiteAccessToggle} />, document.getElementById('app')!);
