// The editor's one live region: it says what announcements.ts makes of each store change.
import { useEffect, useState } from 'react';
import { useEditorStore } from '../store';
import { announcementFor } from './announcements';
import { afterPaint } from '../schedule/afterPaint';

export function Announcer() {
  const store = useEditorStore();
  const [message, setMessage] = useState({ text: '', count: 0 });
  useEffect(
    () =>
      store.subscribe((after, before) =>
        // Told once the change is on screen: working out the words compares the two documents.
        afterPaint(() => {
          const text = announcementFor(before, after);
          // The same words twice (two posts added in a row) are still said twice: a changing key re-renders the text.
          if (text) setMessage((m) => ({ text, count: m.count + 1 }));
        }),
      ),
    [store],
  );
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">
      <span key={message.count}>{message.text}</span>
    </div>
  );
}
