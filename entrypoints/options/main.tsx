import { render } from 'preact';
import { OptionsPage } from '@/components/options/OptionsPage';
import { localizePage } from '@/utils/i18n';
import '@/components/common/base.css';
import './style.css';

localizePage('optionsTitle');
render(<OptionsPage />, document.getElementById('app')!);
