import { render } from 'preact';
import { HistoryPage } from '@/components/HistoryPage';
import { createHistory } from '@/utils/history/model';
import '@/components/base.css';
import './style.css';

render(<HistoryPage model={createHistory()} />, document.getElementById('app')!);
