import { createRoot } from 'react-dom/client';
import { ReportApp } from './ReportApp';
import '../../components/theme.css';

createRoot(document.getElementById('root')!).render(<ReportApp />);
