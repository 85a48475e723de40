import { render } from 'solid-js/web';

render(() => <main>政务公开工作计划管理</main>, document.getElementById('root')!);
