import { render } from 'preact';
import { HistoryPage } from '@/components/history/HistoryPage';
import { createHistory } from '@/utils/history/model';
import { localizePage } from '@/utils/i18n';
import '@/components/common/base.css';
import './style.css';

localizePage('historyTitle');

// A notification opens the page on its post: ?profile=…&post=…
const opened = new URLSearchParams(location.search);
const model = createHistory(Date.now, { profileId: opened.get('profile') ?? undefined, postId: opened.get('post') ?? undefined });
render(<HistoryPage model={model} />, document.getElementById('app')!);
