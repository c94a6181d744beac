import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles.css';
import { App } from './App';
import { createAppStore } from './store';
import { exposeTestHook } from './testHook';

const store = createAppStore();
exposeTestHook(store);
const root = document.getElementById('root');
if (!root) throw new Error('Structura cannot start: the page has no element with id "root" to draw into (index.html).');
createRoot(root).render(<App store={store} />);
