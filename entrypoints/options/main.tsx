import { render } from 'preact';
import { OptionsPage } from '@/components/options/OptionsPage';
import '@/components/common/base.css';
import './style.css';

render(<OptionsPage />, document.getElementById('app')!);
