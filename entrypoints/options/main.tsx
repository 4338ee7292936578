import { createRoot } from 'react-dom/client';
import { OptionsApp } from './OptionsApp';
import '../../components/theme.css';

createRoot(document.getElementById('root')!).render(<OptionsApp />);
