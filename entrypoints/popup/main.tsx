import { render } from 'preact';

function Popup() {
  return <main>OTA Job Post Assistant</main>;
}

render(<Popup />, document.getElementById('app')!);
