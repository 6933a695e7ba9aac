/** Plain statement of what the extension does with data; kept in sync with the store listing. */
export function PrivacyStatement() {
  return (
    <section class="card" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">Privacy</h2>
      <ul>
        <li>Nothing leaves your browser: postings are built on your computer and put only into the page you choose.</li>
        <li>No analytics, tracking or remote code.</li>
        <li>
          Presets are stored in your browser's extension storage (sync storage, so they follow your browser profile
          if you use browser sync; local storage when sync is full or off).
        </li>
        <li>Exported files are saved only where you save them.</li>
      </ul>
    </section>
  );
}
