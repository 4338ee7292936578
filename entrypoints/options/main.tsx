import { createRoot } from 'react-dom/client';
import { OptionsApp } from './OptionsApp';
import '../../components/theme.css';
// the language chooser names each language in its own words: every table is needed here
import '../../lib/i18n/all-locales';

createRoot(document.getElementById('root')!).render(<OptionsApp />);
