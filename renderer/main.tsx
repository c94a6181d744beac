import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles.css';
import { App } from './App';
import { createAppStore } from './store';

createRoot(document.getElementById('root')!).render(<App store={createAppStore()} />);
