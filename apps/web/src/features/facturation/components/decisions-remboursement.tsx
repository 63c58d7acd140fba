import { Button, Group, NativeSelect, NumberInput, Text, Textarea } from '@mantine/core';
import { formaterEuros } from '@mse/shared/commun/montant';
import { MOTIFS_REFUS_REMBOURSEMENT, type ActionFacturation, type CodeMotifRefusRemboursement, type RemboursementOpco } from '@mse/shared/facturation/facturation.schema';
import { useState, type ReactNode } from 'react';
import { DialogueDecision, useDialogueDecision } from '../../../components/ui/dialogue-decision';
import { useDecisionRemboursement, type CorpsDecision } from '../api/remboursements';
import { TEXTES } from '../textes';

const T = TEXTES.actions;

type Props = { remboursement: RemboursementOpco; fini: (message: string) => void };

function useDialogue<A extends ActionFacturation>(numero: string, action: A, fini: (m: string) => void) {
  const mutation = useDecisionRemboursement(numero, action) as unknown as { mutate: (corps: CorpsDecision[A], o: { onSuccess: () => void; onError: (e: Error) => void }) => void; isPending: boolean };
  return useDialogueDecision(mutation, () => fini(T.faites[action]));
}

function Accepter({ remboursement: r, fini }: Props) {
  const d = useDialogue(r.numero, 'accepter', fini);
  const A = TEXTES.accepter;
  const propose = Math.min(r.montantDemandeCentimes, r.dossier.resteDuCentimes);
  const [euros, setEuros] = useState<number | string>(propose / 100);
  const [motif, setMotif] = useState('');
  const centimes = typeof euros === 'number' ? Math.round(euros * 100) : euros === '' ? null : Math.round(Number(String(euros).replace(/\s/g, '').replace(',', '.')) * 100);
  const partiel = centimes !== null && centimes < r.montantDemandeCentimes;
  const soumettre = () => {
    if (centimes === null || Number.isNaN(centimes)) return d.setErreurs({ champs: { montantCentimes: A.montantRequis } });
    if (partiel && !motif.trim()) return d.setErreurs({ champs: { motif: A.motifRequis } });
    d.envoyer({ montantCentimes: centimes, ...(motif.trim() ? { motif } : {}) });
  };
  return (
    <>
      <Button color="teal.9" onClick={d.ouvrir}>
        {T.accepter}
      </Button>
      <DialogueDecision textes={T} titre={A.titre} ouvert={d.ouvert} fermer={d.fermer} soumettre={soumettre} enCours={d.enCours} erreurs={d.erreurs} confirmer={A.confirmer} couleur="teal.9">
        <NumberInput
          label={A.montant}
          description={A.montantAide(formaterEuros(r.montantDemandeCentimes), formaterEuros(r.dossier.resteDuCentimes))}
          value={euros}
          onChange={setEuros}
          min={0}
          decimalScale={2}
          decimalSeparator=","
          thousandSeparator=" "
          required
          error={d.erreurs.champs.montantCentimes}
        />
        <Textarea label={A.motif} description={A.motifAide} required={partiel} autosize minRows={2} value={motif} onChange={(e) => setMotif(e.currentTarget.value)} error={d.erreurs.champs.motif} />
      </DialogueDecision>
    </>
  );
}

function Refuser({ remboursement: r, fini }: Props) {
  const d = useDialogue(r.numero, 'refuser', fini);
  const R = TEXTES.refuser;
  const [motif, setMotif] = useState<CodeMotifRefusRemboursement | ''>('');
  const [texte, setTexte] = useState('');
  const soumettre = () => {
    const champs: Record<string, string> = {};
    if (!motif) champs.motif = R.motifRequis;
    if (!texte.trim()) champs.texte = R.texteRequis;
    if (!motif || Object.keys(champs).length > 0) return d.setErreurs({ champs });
    d.envoyer({ motif, texte });
  };
  return (
    <>
      <Button color="red.9" variant="outline" onClick={d.ouvrir}>
        {T.refuser}
      </Button>
      <DialogueDecision textes={T} titre={R.titre} ouvert={d.ouvert} fermer={d.fermer} soumettre={soumettre} enCours={d.enCours} erreurs={d.erreurs} confirmer={R.confirmer} couleur="red.9">
        <NativeSelect
          label={R.motif}
          required
          value={motif}
          onChange={(e) => setMotif(e.currentTarget.value as CodeMotifRefusRemboursement)}
          data={[{ value: '', label: R.choisir }, ...MOTIFS_REFUS_REMBOURSEMENT.map((m) => ({ value: m.code, label: m.libelle }))]}
          error={d.erreurs.champs.motif}
        />
        <Textarea label={R.texte} required autosize minRows={3} value={texte} onChange={(e) => setTexte(e.currentTarget.value)} error={d.erreurs.champs.texte} />
      </DialogueDecision>
    </>
  );
}

const COMPOSANTS: Record<ActionFacturation, (p: Props) => ReactNode> = { accepter: Accepter, refuser: Refuser };

/** The decisions the API allows on this claim now. */
export function DecisionsRemboursement(props: Props) {
  if (props.remboursement.actions.length === 0) return <Text c="gray.7">{TEXTES.detail.aucuneAction}</Text>;
  return (
    <Group gap="sm">
      {props.remboursement.actions.map((a) => {
        const Composant = COMPOSANTS[a];
        return <Composant key={`${a}-${props.remboursement.etape}`} {...props} />;
      })}
    </Group>
  );
}
