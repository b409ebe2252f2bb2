import { render } from 'preact';
import { OptionsPage } from '@/components/OptionsPage';
import '@/components/base.css';
import './style.css';

render(<OptionsPage />, document.getElementById('app')!);
