// When drawing the editor fails, React unmounts it: without a boundary the
// window goes blank. The document lives in the store, outside what failed, so
// it is kept; this offers to save it, or to continue editing (which redraws
// the editor from the same document). The editor's own unmount has already
// flushed the pending recovery snapshot.
import { Component, type ReactNode } from 'react';
import { saveDocument } from './actions';
import type { EditorStore } from './store/editorStore';
import { isDirty } from './store/editorStore';

interface Props {
  store: EditorStore;
  children: ReactNode;
}

interface State {
  error: Error | null;
  saveStatus: string | null;
}

export class EditorErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, saveStatus: null };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)), saveStatus: null };
  }

  override componentDidCatch(error: unknown): void {
    console.error('The editor stopped after an error; the document is kept.', error);
  }

  private save = async () => {
    this.setState({ saveStatus: 'Saving…' });
    const saved = await saveDocument(this.props.store);
    const notice = this.props.store.getState().notice;
    this.setState({ saveStatus: saved ? `Saved ${this.props.store.getState().file.name}.` : (notice?.text ?? 'Not saved.') });
  };

  private continueEditing = () => {
    // The selection or the panel may be what could not be drawn: start from a plain view of the same document.
    this.props.store.getState().select({});
    this.setState({ error: null, saveStatus: null });
  };

  override render() {
    const { error, saveStatus } = this.state;
    if (!error) return this.props.children;
    const state = this.props.store.getState();
    return (
      <div className="app editor-crashed" role="alertdialog" aria-labelledby="editor-crashed-title" aria-describedby="editor-crashed-text">
        <h1 id="editor-crashed-title">Something went wrong in the editor</h1>
        <p id="editor-crashed-text">
          Your document {state.file.name} is kept, with {isDirty(state) ? 'its unsaved changes' : 'no unsaved changes'}. Save it, or continue editing.
        </p>
        <div className="dialog-buttons">
          <button type="button" onClick={this.save}>
            Save
          </button>
          <button type="button" onClick={this.continueEditing}>
            Continue editing
          </button>
        </div>
        {saveStatus && <p role="status">{saveStatus}</p>}
        <details>
          <summary>What went wrong</summary>
          <pre>{error.message}</pre>
        </details>
      </div>
    );
  }
}
