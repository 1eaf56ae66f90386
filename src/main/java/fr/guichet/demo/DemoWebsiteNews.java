package fr.guichet.demo;

import fr.guichet.shared.Language;
import fr.guichet.website.MediaFile;
import fr.guichet.website.MediaLibrary;
import fr.guichet.website.NewsDraft;
import fr.guichet.website.NewsItem;
import fr.guichet.website.NewsManagement;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import javax.imageio.ImageIO;

/**
 * Helios Infogérance's news on its public site, in French and in English, and the three images of its media library
 * (drawn here, so that no binary file is kept in the sources). One French item stays a draft.
 */
final class DemoWebsiteNews {

    private static final String BY = "Inès Moreau";

    private DemoWebsiteNews() {}

    static void seed(MediaLibrary media, NewsManagement news, java.time.Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris")));
        MediaFile office = media.upload(
                "agence-clermont-ferrand.png",
                picture(new Color(0x1f5fa8), new Color(0x0f766e), Shape.BUILDING),
                "Façade de la nouvelle agence de Clermont-Ferrand",
                "Front of the new Clermont-Ferrand office",
                BY);
        MediaFile laptop = media.upload(
                "poste-de-travail.png",
                picture(new Color(0x3b4a8f), new Color(0x1f5fa8), Shape.SCREEN),
                "Un poste de travail sous Windows 11",
                "A workstation running Windows 11",
                BY);
        MediaFile backup = media.upload(
                "sauvegardes-3-2-1.png",
                picture(new Color(0x0f766e), new Color(0x1d7a46), Shape.DISKS),
                "Trois copies des données sur deux supports, dont une hors site",
                "Three copies of the data on two media, one of them off site",
                BY);

        publish(
                news,
                new NewsDraft(
                        Language.FR,
                        "Helios Infogérance ouvre son agence de Clermont-Ferrand",
                        "agence-clermont-ferrand",
                        today.minusDays(64),
                        "Notre équipe technique s’installe place de Jaude : plus proche de vous, avec un atelier pour vos postes.",
                        """
                Depuis le 1er septembre, notre support technique et notre facturation travaillent depuis
                **Clermont-Ferrand**, place de Jaude.

                %s

                ## Ce qui change pour vous
                - le même numéro et le même portail : rien à modifier de votre côté ;
                - un atelier pour préparer et réparer vos postes en 48 h ;
                - des interventions sur site plus rapides en Auvergne.

                Votre interlocuteur reste le même : écrivez-nous depuis le [portail client](/portal).
                """.formatted(office.markdown(Language.FR))));
        publish(
                news,
                new NewsDraft(
                        Language.EN,
                        "Helios Infogérance opens its Clermont-Ferrand office",
                        "clermont-ferrand-office",
                        today.minusDays(64),
                        "Our technical team moves to place de Jaude: closer to you, with a workshop for your computers.",
                        """
                Since 1 September, our technical support and billing teams work from **Clermont-Ferrand**,
                place de Jaude.

                %s

                ## What changes for you
                - the same phone number and the same portal: nothing to change on your side;
                - a workshop that prepares and repairs your computers within 48 hours;
                - faster on-site visits across Auvergne.

                Your contact stays the same: write to us from the [customer portal](/portal).
                """.formatted(office.markdown(Language.EN))));
        publish(
                news,
                new NewsDraft(
                        Language.FR,
                        "Fin du support de Windows 10 : ce que nous faisons pour vous",
                        "fin-support-windows-10",
                        today.minusDays(30),
                        "Microsoft ne corrige plus Windows 10 : nous recensons vos postes et planifions leur passage à "
                                + "Windows 11.",
                        """
                Microsoft a arrêté les correctifs de sécurité de Windows 10 le 14 octobre 2025.

                %s

                Pour les clients en **infogérance du poste de travail**, nous avons déjà :

                1. recensé les postes concernés ;
                2. vérifié ceux qui peuvent passer à Windows 11 ;
                3. proposé un calendrier de migration, poste par poste.

                | Situation du poste | Ce que nous proposons |
                |---|---|
                | Compatible Windows 11 | migration à distance, sans perte de données |
                | Trop ancien | remplacement, devis sous 48 h |

                Une question ? Ouvrez une demande « Technique » depuis votre portail.
                """.formatted(laptop.markdown(Language.FR))));
        publish(
                news,
                new NewsDraft(
                        Language.EN,
                        "Windows 10 end of support: what we do for you",
                        "windows-10-end-of-support",
                        today.minusDays(30),
                        "Microsoft no longer patches Windows 10: we list your computers and plan their move to Windows 11.",
                        """
                Microsoft stopped the security patches of Windows 10 on 14 October 2025.

                %s

                For customers of our **managed workstation** service, we have already:

                1. listed the computers concerned;
                2. checked which can move to Windows 11;
                3. proposed a migration schedule, computer by computer.

                | The computer | What we offer |
                |---|---|
                | Ready for Windows 11 | remote migration, no data lost |
                | Too old | replacement, quote within 48 hours |

                A question? Open a "Technical" request from your portal.
                """.formatted(laptop.markdown(Language.EN))));
        publish(
                news,
                new NewsDraft(
                        Language.FR,
                        "Webinaire : la règle des sauvegardes 3-2-1",
                        "webinaire-sauvegardes-3-2-1",
                        today.minusDays(9),
                        "Trente minutes pour vérifier que vos données survivraient à un rançongiciel. Inscription gratuite.",
                        """
                Trois copies, sur deux supports, dont une hors site : la règle 3-2-1 est simple, mais est-elle
                appliquée chez vous ?

                %s

                Rendez-vous **jeudi à 11 h** pour trente minutes de démonstration et de questions. Inscrivez-vous
                en répondant à notre dernier courriel ou depuis la page [Contact](/contact).
                """.formatted(backup.markdown(Language.FR))));
        publish(
                news,
                new NewsDraft(
                        Language.FR,
                        "Nos horaires pendant les fêtes de fin d’année",
                        "horaires-fetes-fin-annee",
                        today.minusDays(2),
                        "L’assistance reste joignable entre Noël et le jour de l’an, avec une astreinte pour les urgences.",
                        """
                Entre Noël et le jour de l’an, l’assistance répond **de 9 h à 17 h** les jours ouvrés.

                En dehors de ces heures, l’astreinte traite les incidents qui bloquent votre activité : serveur
                arrêté, messagerie indisponible, accès au réseau impossible.
                """));
        publish(
                news,
                new NewsDraft(
                        Language.EN,
                        "Our hours over the end-of-year holidays",
                        "end-of-year-holiday-hours",
                        today.minusDays(2),
                        "The helpdesk stays open between Christmas and New Year, with an on-call engineer for emergencies.",
                        """
                Between Christmas and New Year, the helpdesk answers **from 9:00 to 17:00** on working days.

                Outside those hours, our on-call engineer handles the incidents that stop your business: a server
                down, email unavailable, no network access.
                """));
        news.create(
                new NewsDraft(
                        Language.FR,
                        "Enquête de satisfaction 2026 : vos réponses",
                        "enquete-satisfaction-2026",
                        today,
                        "Merci aux 112 clients qui ont répondu : voici ce que nous changeons.",
                        "Brouillon en cours de relecture."),
                BY);
    }

    private static void publish(NewsManagement news, NewsDraft draft) {
        NewsItem item = news.create(draft, BY);
        news.publish(item.getId(), item.getVersion(), null, BY);
    }

    private enum Shape {
        BUILDING,
        SCREEN,
        DISKS
    }

    /** A simple illustration: a gradient and a white pictogram. */
    private static byte[] picture(Color from, Color to, Shape shape) {
        int width = 960;
        int height = 540;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, from, width, height, to));
            g.fillRect(0, 0, width, height);
            g.setColor(new Color(255, 255, 255, 40));
            for (int i = 0; i < 6; i++) {
                g.fillOval(-120 + i * 190, 380 - (i % 2) * 60, 260, 260);
            }
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            switch (shape) {
                case BUILDING -> {
                    g.drawRect(330, 150, 300, 260);
                    for (int row = 0; row < 3; row++) {
                        for (int col = 0; col < 3; col++) {
                            g.fillRect(360 + col * 90, 180 + row * 60, 50, 35);
                        }
                    }
                    g.fillRect(450, 350, 60, 60);
                    g.drawLine(290, 410, 670, 410);
                }
                case SCREEN -> {
                    g.drawRoundRect(290, 140, 380, 230, 20, 20);
                    g.fillRect(305, 155, 170, 100);
                    g.fillRect(485, 155, 170, 100);
                    g.fillRect(305, 260, 170, 95);
                    g.fillRect(485, 260, 170, 95);
                    g.drawLine(480, 370, 480, 420);
                    g.drawLine(400, 420, 560, 420);
                }
                case DISKS -> {
                    for (int i = 0; i < 3; i++) {
                        g.drawOval(250 + i * 170, 180, 120, 40);
                        g.drawLine(250 + i * 170, 200, 250 + i * 170, 330);
                        g.drawLine(370 + i * 170, 200, 370 + i * 170, 330);
                        g.drawArc(250 + i * 170, 310, 120, 40, 180, 180);
                    }
                    g.drawLine(560, 400, 720, 400);
                    g.drawLine(690, 380, 720, 400);
                    g.drawLine(690, 420, 720, 400);
                }
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
