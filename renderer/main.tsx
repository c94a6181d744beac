import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles.css';
import { App } from './App';
import { createAppStore } from './store';
import { exposeTestHook } from './testHook';

const store = createAppStore();
exposeTestHook(store);
createRoot(document.getElementById('root')!).render(<App store={store} />);
