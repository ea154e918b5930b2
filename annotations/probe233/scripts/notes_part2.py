"""probe233 corpus notes, L08-L14 (teledermatology e-consults and the clinics around them; all invented)."""

L08 = {"patient_id": "L08", "age": 60, "sex": "M", "notes": [
("2021-02-16", "Teledermatology eConsult Request", """
eConsult: Dermatology   Submitted 2/16/21
Referring: Dr. Petra Lindgren, Harbourview Primary Care
60 M. Alcohol-related cirrhosis (Child B, abstinent 2 yrs), pernicious anaemia, hypertension.
Renal function fine: creatinine 0.9, eGFR >90. No diabetes. No anticoagulants.
BMI 22.7.
B12 (cyanocobalamin 1000 mcg IM) monthly since Oct 2020, always given by our MA in his
L upper arm, deltoid area.
Problem: since 5 Feb 2021, exquisitely sore firm purple plaque, L upper outer arm,
dark centre now; no fever; no injury other than the shots.
Q: injection abscess? Needs I&D? Something else?
Photos x3 incl. ruler: 4x4cm indurated violaceous plaque, livedo-like edge, central
dusky necrosis, no fluctuance.
"""),
("2021-02-17", "Teledermatology eConsult Response", """
TELEDERM REPLY - Dr. Wendell Afolabi   17.02.2021
No fluctuance or pointing on the images, so an abscess seems unlikely; please do not
incise. Retiform necrotic plaque at a repeated IM injection site in a man with cirrhosis:
non-uremic calciphylaxis is my leading concern, with livedoid vasculopathy and
cryoglobulin-related vasculitis as alternatives.
Recommend: in-person deep incisional bx (derm clinic slot 2/19); labs: calcium, phosphate,
PTH, proteins C and S, cryoglobulins, albumin. Give further B12 orally (1000-2000 mcg daily)
or at a different site.
Based on photos; pt not examined.
"""),
("2021-03-05", "Dermatology Clinic Note", """
DERMATOLOGY CLINIC - 5 March 2021
Path (bx 2/19, L upper arm): von Kossa + calcium within walls of tiny subcut vessels,
intimal thickening, thrombi; fat lobules necrotic (lobular panniculitis). Signed out as non-uremic
calciphylaxis. Cryoglobulins neg; protein C low (liver).
Exam: L upper outer arm, 4.5x4cm eschar, soft edges, no cellulitis.
Plan: IV sodium thiosulfate through the hepatology infusion unit 3x weekly; B12 switched to
oral; silver alginate dressing; pain - tramadol low dose.
Weight 69 kg. f/u 3 wks.
"""),
]}

L09 = {"patient_id": "L09", "age": 52, "sex": "F", "notes": [
("2019-05-06", "Teledermatology eConsult Request", """
E-CONSULT / TELEDERMATOLOGY
Referring: Gwendolyn Marsh, NP (Lakeshore Dialysis)   05/06/2019
52F. ESRD (MWF hemodialysis); T2DM on NPH insulin twice daily - she is right-handed and has
always injected into her L thigh, never elsewhere. Morbid obesity, BMI 44.1. Not on
blood thinners.
New: exquisitly painful indurated violet plaque on the inner R thigh; she first saw it
about 10 days ago. Ever since it appeared her daughter has been icing it for the pain.
Q: panniculitis? calciphylaxis? abscess?
Images (4): R medial thigh, 8x6cm retiform plaque with two small black areas. L thigh
photo (where she injects): some lipohypertrophy, colour normal.
"""),
("2019-05-07", "Teledermatology eConsult Response", """
Response (Dr. Rafaela Quint, teledermatology) 05-07-2019
Image quality good.
Impression: early-necrotic retiform purpura, R medial thigh: likely calciphylaxis given
HD, obesity and DM. Of note the L thigh, where all her insulin goes, is spared, and no
trauma is reported on the R.
Plan: urgent in-person bx; no more ice on the lesion (cold may worsen ischemia);
nephrology to optimise Ca/P; she may go on injecting the L thigh but should spread the
shots across it.
Not seen in person.
"""),
("2019-05-22", "Nephrology HD Rounding Note", """
HD rounding 5/22/19
Bx (derm, 5/9) from R medial thigh = calciphylaxis. Lesion now 9x7cm with 3x2cm eschar, no
infection. STS 25 g IV each run started 5/13. Sevelamer up; cinacalcet started.
Insulin: still NPH into L thigh; L thigh skin intact on exam.
BMI 43.6. Pain managed with hydromorphone 0.5mg IV on HD.
Ca 9.0, phosphorus 7.1 -> binder up again; PTH 690. Pt asking about going back to her
shifts at the bakery - deferred for now. Wound RN to measure weekly and upload photos for
derm. Social work: transport to derm follow-up arranged.
"""),
]}

L10 = {"patient_id": "L10", "age": 74, "sex": "M", "notes": [
("2022-02-08", "Teledermatology eConsult Request", """
eConsult request - derm     8 February 2022
Referring clinician: Dr. Hamish Dunleavy, Orchard Lane Surgery
74M, ESRD (polycystic kidneys), home CAPD, four bags a day. Not diabetic. Took warfarin
2009-2014 for a DVT/PE, then switched to apixaban and still on it. BMI 27.0.
Ulcer on L posterior calf since mid-January, started as a purple painful spot. No knock or
injury to the leg, he says. Since the ulcer opened he puts an ice pack on it at night and
lately a heating pad "to draw it out". District nurse dressing with foam.
Q: diagnosis? calciphylaxis?
Images x2 (no ruler): ~3 cm ulcer posterior L calf with black base, surrounding net-like
purple discolouration.
"""),
("2022-02-10", "Teledermatology eConsult Response", """
Teledermatology response - Dr. Ottilie Brandt   02/10/22
Photos limited (no scale, glare) but show a necrotic ulcer with retiform purpura, posterior
L calf. In someone on PD I treat this as calciphylaxis until shown otherwise.
- Stop ice and heating pad on the wound: neither helps and both can harm ischemic skin.
- In-person visit needed: derm/wound combined clinic 2/15.
- PD unit: please send calcium, phosphate, PTH and alk phos.
Please upload better photos with a ruler at the visit.
"""),
("2022-02-15", "Dermatology-Wound Clinic Note", """
Combined derm-wound clinic 2/15/2022
Hx as per eConsult. On exam the L posterior calf ulcer measures 3.4x2.8cm, eschar ~80%, pale
slough the rest, tender retiform livedo 3 cm around it. Pedal pulses palpable, ABI 1.05.
Assessment: clinical diagnosis of calciphylaxis (typical morphology, PD, hyperphosphatemia
P 7.8, PTH 1020). Bx deferred - pt declined after discussion, acceptable given the picture.
Loose slough trimmed with forceps and scissors today (conservative sharp), tolerated. STS to
be given intraperitoneally per nephrology; cinacalcet 30 mg. Dressing: cadexomer iodine +
foam. Neither heat nor cold on that leg. RTC 2 wks.
"""),
]}

L11 = {"patient_id": "L11", "age": 61, "sex": "F", "notes": [
("2026-01-12", "Teledermatology eConsult Request", """
STORE-AND-FORWARD TELEDERM CONSULT
Requesting: Dr. Ngozi Ferreira (Brightwater Dialysis)   Sent: Jan 12 2026
61F, ESRD on in-centre HD, T2DM, insulin glargine/aspart; BMI 47.5, OSA on CPAP.
Painful dusky-black area under the pannus fold, lower abdomen, noticed 3 wks ago. She uses
only her posterior upper arms for insulin, alternating sides ("needles in my tummy hurt too much"); denies
heat packs, hot water bottles and any knock to the abdomen. Hygiene difficult in the fold.
Q: intertrigo with necrosis? calciphylaxis?
Images (4) incl. lifted pannus: 10x4cm band of violaceous retiform plaque with 3 black
eschars along the lower pannus; mild maceration of the fold.
"""),
("2026-01-13", "Teledermatology eConsult Response", """
Derm eConsult answer - Dr. Lorcan Abernathy, 13/01/2026
Images adequate; one is dark.
The retiform, eschar-studded plaque of the lower pannus is characteristic of calciphylaxis;
intertrigo and candidiasis do not cause this. Central fatty sites like this are typical. In
other patients I have seen it start at insulin injection sites, but her injections go to the
arms and the arms look normal in image 4.
Recommendations: urgent derm visit for confirmatory bx; keep insulin in the arms - avoid
injecting into the abdomen; keep fold dry with a wicking textile; no heat, no ice.
Nephrology informed by message.
"""),
("2026-01-28", "Wound Clinic Note", """
WOUND CLINIC  28-Jan-2026
Bx 1/16 lower abdominal pannus: calciphylaxis, confirmed histologically.
Three eschars along lower pannus, largest 4x2.5cm, periwound livedo; no purulence.
Offloading: pannus sling to lift the fold. Dressings: Aquacel Ag + ABD pad, change qod.
STS with HD since 1/19. Pain 7/10, pt tearful, chaplain visit offered. BMI 47.1.
Insulin still into upper arms; arms intact.
Nutrition: albumin 2.9, protein shake with each run. Sleep poor from pain; nephrology added
gabapentin 100 mg after HD. Return 1 wk.
"""),
]}

L12 = {"patient_id": "L12", "age": 66, "sex": "M", "notes": [
("2024-09-03", "Dialysis RN Assessment", """
Dialysis RN assessment 9/3/2024 - Eastgate Renal Unit, pod C
66M, TTS HD, R IJ permcath (AVF still maturing); T2DM on insulin, CHF.
Pt complains of sore "purple blotches" on his calves, both legs, x ~1 week, worse when legs
hang down. Denies bumping his legs, has not fallen, no heating pad or ice used, has refused
compression stockings.
PMH notable: biopsy-proven calciphylaxis in 2019, L lower abdomen, where he injected
insulin; healed on STS by mid-2020; abdominal skin today: old scars only.
Both calves: several livedoid violaceous patches, the largest 3 cm on the L, tender.
Photos x5 taken with consent and sent to teledermatology per Dr. Ibsen.
"""),
("2024-09-04", "Teledermatology eConsult", """
TELEDERMATOLOGY eCONSULT   Request 09/03/24 (Dr. Solveig Ibsen, nephrology) / Reply 09/04/24
Q: New tender livedoid patches both calves in a man with prior calciphylaxis. Recurrence?
Anything to do before he's seen?
Reply (Dr. Marcus Tremblay): 5 images reviewed. Bilateral posterior calves show branching
violaceous patches; the L shows a dusky 1cm centre that may be starting to break down. I am
worried about recurrent calciphylaxis; cholesterol emboli and vasculitis also possible.
In-person bx needed - scheduled 9/12. Meanwhile no compression, protect legs, nephrology to
recheck Ca/P/PTH and restart STS if bx confirms. The old abdominal sites look fully healed.
Not examined.
"""),
("2024-09-20", "Dermatology Clinic Note", """
Derm clinic  20 Sept 2024
Bx 9/12 L posterior calf: calciphylaxis (calcified small vessels in fat, thrombi), no emboli
clefts, no vasculitis. Recurrent calciphylaxis, bilateral calves.
Exam: L calf now 2x1.5cm ulcer with eschar; R calf livedo patches, intact.
Plan discussed w/ nephrology: restart STS 3x weekly with HD, increase HD to 4x/wk temporarily,
stop calcium-containing binder. Wound RN for L calf. Avoid injury to legs.
Pt asked about leg elevation - ok as tolerated. Photos uploaded to the teledermatology
record to compare with the 9/4 set. Pain 5/10 on acetaminophen.
"""),
("2024-10-15", "Nephrology Clinic Note", """
Nephrology clinic 10/15/2024
Recurrent CUA of both calves, on STS since 9/23. L calf ulcer smaller (1.6x1.2cm), R calf
patches fading. No new lesions. Insulin continues into abdomen as before, no skin change
there. PTH 380 (from 720). Phos 5.1.
Weight 88.2 kg, BMI 29.6 (overweight). Target weight adjusted.
He is walking to the mailbox again without pain. Hgb 10.9, no ESA change. Next
teledermatology photo check due in November.
Plan: STS to go on for another 8 weeks, then review. f/u 6 wks.
"""),
]}

L13 = {"patient_id": "L13", "age": 70, "sex": "F", "notes": [
("2018-10-02", "Teledermatology eConsult Request", """
eCONSULT (derm) from Ashgrove Medical Practice - Dr. Beatrix Mwangi    2.10.2018
70F, ESRD (hypertensive nephrosclerosis) on home APD; warfarin for AF, INRs stable in range.
No DM. BMI 26.1. Fall in 2016 with a R wrist fracture, none since.
Pt describes "a bruise that just won't fade" on her L posterior thigh since the start of
September, now very painful, hard, and turning black in the middle. She is adamant that
she did not bump or knock it and there was no fall.
Q: warfarin bruise/hematoma vs something else?
Photos 3 (taken by daughter, variable focus): ~6x5cm retiform violaceous plaque posterior
L thigh, central black area ~2 cm.
"""),
("2018-10-03", "Teledermatology eConsult Response", """
Teledermatology reply - Dr. Anders Holloway - 03/10/2018 (dd/mm)
This is not an ordinary bruise: the net-like purpuric border, firm induration and central
necrosis point to calciphylaxis (PD, warfarin), or alternatively to warfarin-induced skin
necrosis. No trauma history, so this is not a hematoma.
- Needs face-to-face review and biopsy within days (booked for 10/5).
- Ask nephrology to review warfarin; do not stop it without cardiology input.
Send more photos if the black area grows before the visit.
Image-based advice only. Time: 11 min. CPT 99451.
"""),
("2018-10-19", "Dermatology Clinic Note", """
Dermatology clinic 19 Oct 2018
Punch-incisional bx of the posterior L thigh lesion on 5 Oct: subcutaneous arterioles
calcified, fibrin thrombi in their lumens, consistent with calciphylaxis. Nothing to suggest
isolated warfarin necrosis.
Exam: L posterior thigh eschar 6x4.5cm, bx site healing, surrounding livedo. Full skin exam:
nothing else.
Plan: warfarin -> apixaban per cardiology (agreed 10/15); STS started by PD team;
hydrocolloid-free dressing; pain clinic referral. BMI 25.8.
Explained the firm edge may stay tender for weeks; daughter will help with dressings.
Nephrology copied.
"""),
]}

L14 = {"patient_id": "L14", "age": 64, "sex": "F", "notes": [
("2021-05-18", "HD Physician Rounding Note", """
HD unit - physician rounding note 05/18/2021
64F, ESRD (diabetic kidney disease), dialyses M/W/F by L arm fistula; diabetes
(type 2) on linagliptin alone, never insulin. Not anticoagulated.
She was the belted passenger in a low-speed collision 5/15/21; seen in ED, CT neg.
Seatbelt bruise across the R shoulder and R upper chest, tender; she is icing the R
shoulder at home with frozen peas. Skin otherwise intact.
Volume: EDW 86 kg; BMI 34.0.
Ca 9.1 / phosphorus 6.6 / PTH 520 - increase sevelamer.
Plan: acetaminophen for pain, avoid NSAIDs. Recheck shoulder next week.
"""),
("2021-08-10", "Teledermatology eConsult", """
eConsult - Teledermatology   Received 8/10/2021   Answered 8/11/2021
Referrer: Dr. Camille Osei (nephrology). 64F on HD, DM2, obese (BMI 34). Since late July a
painful firm violaceous plaque under the L breast, now with a black center. The seatbelt
bruise on the R side from May has faded completely. Q: calciphylaxis?
Images 4 (patient supine, breast lifted).
Answer (Dr. Fenella Ikeda): 7x5cm retiform plaque, inferior L breast / inframammary, with
3 cm central necrosis. Breast calciphylaxis is a recognised presentation in obese HD
patients. The seatbelt injury was on the other side and has resolved - not relevant to
this site.
Plan: in-person bx within 1 wk; mammography not needed first; nephrology to start workup.
"""),
("2021-08-30", "Dermatology Follow-up Note", """
Derm f/u  Aug 30 2021
Incisional bx (8/16) L inferior breast: calciphylaxis, confirmed - calcified arterioles of the
breast fat with thrombosis.
Wound: 7x5.5cm eschar L inframammary, edges dry. Dressing: soft silicone + bra liner,
no underwire bra.
STS 25 g with HD started 8/18. Pain 6/10.
Wt 85.3 kg. Husband to help with dressing changes. Pt relieved this is not cancer;
her questions about outlook answered honestly. Nephrology: phosphate 6.1, PTH 480, binder
increased. RTC 3 wks, photos in between through the e-consult portal.
"""),
]}

PATIENTS = [L08, L09, L10, L11, L12, L13, L14]
