import { Box, Text, Tooltip } from '@mantine/core';
import { formaterSiret } from '@mse/shared/identifiants/siret';
import type { Session } from '@mse/shared/identite/session.schema';
import { ChoixEtablissementCourant } from './choix-etablissement-courant';

/**
 * Top-left block of every page: who is connected, for which company (seed 000, first screen); a
 * multi-establishment account also chooses here the establishment it works on.
 */
export function BlocEntreprise({ session }: { session: Session }) {
  const { utilisateur, entreprise } = session;
  const convention = entreprise ? `${entreprise.idcc} - ${entreprise.conventionLibelle.toUpperCase()}` : '';
  return (
    <Box component="section" aria-label="Votre entreprise" p="md" bg="opco.0" style={{ borderRadius: 8 }}>
      <Text fw={700}>
        {utilisateur.prenom} {utilisateur.nom}
      </Text>
      {entreprise && (
        <>
          <Text fw={600} size="sm">{entreprise.raisonSociale}</Text>
          <Text size="sm">
            {entreprise.codePostal}, {entreprise.ville}
          </Text>
          <Text size="sm">
            <span>{formaterSiret(entreprise.siret)}</span>
            {entreprise.multiSiret && <span> (Multi-SIRET)</span>}
          </Text>
          <Tooltip label={convention} multiline w={260} withArrow>
            <Text size="sm" truncate="end" tabIndex={0} aria-label={`Convention collective : ${convention}`}>
              {convention}
            </Text>
          </Tooltip>
          <Text size="sm">{entreprise.classe}</Text>
          {entreprise.multiSiret && (
            <Box mt="sm">
              <ChoixEtablissementCourant entreprise={entreprise} />
            </Box>
          )}
        </>
      )}
    </Box>
  );
}
