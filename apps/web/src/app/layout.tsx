import { ActionIcon, AppShell, Box, Burger, Collapse, Group, Menu, NavLink, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconLogout, IconUserCircle } from '@tabler/icons-react';
import type { Session } from '@mse/shared/identite/session.schema';
import { useState } from 'react';
import { Link, NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import { BlocEntreprise } from '../features/entreprise/components/bloc-entreprise';
import { useDeconnexion } from '../features/identite/api/deconnexion';
import { MENU, MENU_COMPTE, type EntreeMenu } from './menu';

function EntreeAvecSousMenus({ entree, onNavigate }: { entree: EntreeMenu; onNavigate: () => void }) {
  const { pathname } = useLocation();
  const actif = pathname.startsWith(entree.chemin);
  const [ouvert, setOuvert] = useState(actif);
  const idSousMenu = `sous-menu-${entree.chemin.slice(1)}`;
  return (
    <li>
      <Group gap={0} wrap="nowrap">
        <NavLink
          component={RouterNavLink}
          to={entree.chemin}
          end
          label={entree.libelle}
          active={pathname === entree.chemin}
          onClick={onNavigate}
          style={{ flex: 1, borderRadius: 6 }}
          fw={600}
        />
        {entree.sousMenus && (
          <ActionIcon
            variant="subtle"
            color="gray.8"
            size="lg"
            aria-label={`${ouvert ? 'Masquer' : 'Afficher'} les sous-menus de ${entree.libelle}`}
            aria-expanded={ouvert}
            aria-controls={idSousMenu}
            onClick={() => setOuvert((o) => !o)}
          >
            <IconChevronDown aria-hidden style={{ transform: ouvert ? 'rotate(180deg)' : undefined, transition: 'transform 150ms' }} />
          </ActionIcon>
        )}
      </Group>
      {entree.sousMenus && (
        <Collapse expanded={ouvert}>
          <Box component="ul" id={idSousMenu} m={0} p={0} pl="md" style={{ listStyle: 'none' }}>
            {entree.sousMenus.map((s) => (
              <li key={s.chemin}>
                <NavLink component={RouterNavLink} to={s.chemin} label={s.libelle} onClick={onNavigate} style={{ borderRadius: 6 }} />
              </li>
            ))}
          </Box>
        </Collapse>
      )}
    </li>
  );
}

function MenuCompte({ session }: { session: Session }) {
  const deconnexion = useDeconnexion();
  return (
    <Menu position="bottom-end" withArrow>
      <Menu.Target>
        <UnstyledButton aria-label="Gestion de compte" c="white">
          <Group gap={6} wrap="nowrap">
            <IconUserCircle aria-hidden />
            <Text c="white" size="sm" visibleFrom="xs">
              {session.utilisateur.prenom} {session.utilisateur.nom}
            </Text>
            <IconChevronDown aria-hidden size={16} />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        {MENU_COMPTE.map((m) => (
          <Menu.Item key={m.chemin} component={Link} to={m.chemin}>
            {m.libelle}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item leftSection={<IconLogout aria-hidden size={16} />} onClick={() => deconnexion.mutate()}>
          Me déconnecter
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/** The employer portal's frame: header with the account menu, sidebar with the company block and the menu. */
export function PortailLayout({ session }: { session: Session }) {
  const [menuOuvert, { toggle, close }] = useDisclosure(false);
  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 300, breakpoint: 'sm', collapsed: { mobile: !menuOuvert } }} padding="md">
      <a href="#contenu" className="lien-evitement">
        Aller au contenu
      </a>
      <AppShell.Header bg="opco.8">
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group wrap="nowrap">
            <Burger opened={menuOuvert} onClick={toggle} hiddenFrom="sm" size="sm" color="white" aria-label={menuOuvert ? 'Fermer le menu' : 'Ouvrir le menu'} />
            <Text component={Link} to="/accueil" c="white" fw={700} size="lg" style={{ textDecoration: 'none' }}>
              Mes services en ligne
            </Text>
          </Group>
          <MenuCompte session={session} />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Menu principal">
        <ScrollArea>
          <Stack gap="md">
            <BlocEntreprise session={session} />
            <nav aria-label="Menu de navigation">
              <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
                {MENU.map((entree) => (
                  <EntreeAvecSousMenus key={entree.chemin} entree={entree} onNavigate={close} />
                ))}
              </Box>
            </nav>
          </Stack>
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main id="contenu" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
