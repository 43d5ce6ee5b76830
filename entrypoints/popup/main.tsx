import { render } from 'preact';
import { packs } from '../../data/packs';

render(<h1>{packs[0]?.title.en}</h1>, document.getElementById('app')!);
