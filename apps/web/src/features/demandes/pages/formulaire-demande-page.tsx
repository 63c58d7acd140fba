import { pageDifferee } from '../../../components/ui/page-differee';

// The form, its four definitions and the rules engine are loaded only when a request is opened.
export const FormulaireDemandePage = pageDifferee(() => import('../formulaire/page-formulaire').then((m) => m.PageFormulaire), 'Chargement du formulaire');
