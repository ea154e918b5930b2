"""probe201 corpus notes, C15-C20 (medical student and intern write-ups and the clinics around them; all invented)."""

C15 = {"patient_id": "C15", "age": 49, "sex": "F", "notes": [
("2025-07-15", "Medical Student H&P", """
MS3 ADMISSION H&P -- Team Kestrel, Ashgrove University Hospital
Student: D. Ferreira-Nkemelu

CC: "my shots spots are killing me"

HPI: 49F w/ T1DM since childhood, ESRD on HD (TTS) since 2022, obesity,
who injects glargine and aspart into her belly, always in a ring around the
belly button. About 3 wks ago the skin there got hard and sore; now has
several purple, tender plaques at the injection spots. No fever.
PMH: T1DM, ESRD, obesity, depression. No warfarin.
Meds: insulin glargine 16 u qhs, aspart 4-6 u w/ meals, sevelamer,
sertraline.

VS: 37.2 C, P 94, BP 156/90. BMI 28.4 (74 kg)
Exam: periumbilical abdomen: 4 firm violaceous plaques, each 2-3 cm, and one
is dusky centrally; mild livedo between them; very tender.
Labs: Ca/P 9.5/7.2, iPTH 930, alb 3.2

A/P: periumbilical plaques, painful, at insulin sites. Concern for
calciphylaxis vs lipohypertrophy w/ injection-site panniculitis.
- derm consult, biopsy
- move insulin to the thighs meanwhile
"""),
("2025-07-17", "Dermatology Consult", """
DERMATOLOGY CONSULT

Asked to see plaques around the umbilicus where this HD patient injects
insulin.
Exam: 4 indurated violaceous plaques around the umbilicus with faint
retiform pattern at the edges; no ulceration yet.
DDx (in order): panniculitis from the injections; early calciphylaxis;
lipodermatosclerosis-like change.

6 mm punch bx 7/16: fat necrosis in a lobular panniculitis; vessels show no
calcium, H&E and von Kossa alike. Specimen is superficial and may have
missed the deep vessels. Read as nondiagnostic: cannot exclude
calciphylaxis.

Rec: deep incisional biopsy (scheduled 7/18). Insulin should go elsewhere
than the belly for now. Ok to start STS empirically per nephrology if clinical
suspicion stays high.
"""),
("2025-07-18", "Intern Progress Note (SOAP)", """
PGY-1 NOTE -- HD#4, late entry

S: Pt wanted to go home to her kids this morning. Left against medical
advice at 10:40, before the deep biopsy. Risks reviewed with her in
detail, including missing a diagnosis of calciphylaxis; she has capacity
and signed the AMA form.
O: VS stable before leaving. Plaques unchanged.
A/P
#Periumbilical plaques -- suspected early calciphylaxis, not confirmed;
 biopsy nondiagnostic, deep biopsy not done.
 - derm clinic appt 7/25 for the incisional bx; derm aware
 - insulin into the thighs only until seen
 - nephrology informed so her dialysis unit can watch the skin
#T1DM -- home regimen, glucose log
"""),
]}

C16 = {"patient_id": "C16", "age": 81, "sex": "M", "notes": [
("2017-02-21", "Medical Student H&P", """
MS3 H&P -- Geriatrics/Medicine, Team Poplar
Student: B. Achterberg

CC: L knee pain and a purple patch

HPI: 81M w/ ESRD (CKD 5, eGFR 8) who opted for conservative (non-dialysis)
kidney care and is NOT dialysed, with AF on warfarin and gout, admitted for
a gout flare of the L knee. For about 2 weeks his wife has iced his L
anterior knee with freezer gel packs, three or four sessions
a day. In the past 5 days a lacy purple
net plus a tender hard lump appeared on the L anterior knee, right where the
ice sits.
No diabetes. BMI 26.0.
Meds: warfarin 2 mg, prednisone 10 mg (for the flare), metoprolol.
Exam: L knee effusion, warm. L anterior knee skin: livedo roughly 8 x 6 cm;
inside it, a 2 cm firm, dusky, very tender subcutaneous nodule; no ulcer.
Labs: INR 2.4; Ca/P 9.6/6.9; iPTH 610

Assessment/Plan: L knee livedo + nodule. DDx: cold panniculitis, ?early calciphylaxis
(ESRD, warfarin), tophus. Stop ice. Derm c/s.
"""),
("2017-02-23", "Attending Addendum", """
ATTENDING ADDENDUM -- Dr. K. Amundsen

Agree with the student's differential. Derm saw him yesterday: the
nodule at the L knee could be cold panniculitis from the ice, but we can't
exclude early calciphylaxis with his calcium-phosphate profile and
warfarin. Biopsy was offered.
After a long goals-of-care talk, he and his wife chose home hospice; he
declined biopsy and further tests. He is comfortable with
acetaminophen and colchicine.
Ice stopped. Warfarin stopped in line with hospice goals.
Diagnosis at discharge: livedo and nodule of the L knee, cold panniculitis
vs early calciphylaxis, not biopsied.
"""),
]}

C17 = {"patient_id": "C17", "age": 64, "sex": "M", "notes": [
("2023-03-07", "Intern Progress Note (SOAP)", """
PGY-1 SOAP NOTE -- HD#6, PD peritonitis

S: abd pain much better. New c/o burning in both calves, "like the
leg squeezers are still on".
O: Tmax 36.9, HR 78, BP 138/80. Wt 99 kg, BMI 32.1.
PD effluent clear today, cell count 60 (from 2,400).
Calves: SCD sleeves on both lower legs since admission 3/1 -- after
removing them, symmetric bands of net-like violaceous discoloration
on both calves matching the sleeve edges, with a tender firm area on the
R medial calf. No ulceration.
Labs: alb 2.7, iPTH 770, phos 6.8, Ca 9.8

A/P
#PD peritonitis -- IP vanc/ceftaz per renal, day 6 of 21
#Bilateral calf livedo -- pressure from SCDs vs early calciphylaxis?
 SCDs stopped; derm c/s
#DM2 on glipizide -- holding, SSI not needed (BG 100-140)
"""),
("2023-03-08", "Medical Student SOAP Presentation", """
MS3 PRESENTATION NOTE (K. Lindqvist-Amaro)

S: calves still burn, 6/10.
O: bands of livedo around both calves, same as yesterday; R medial calf
induration 3 cm, tender, no break in the skin.
Derm (verbal) saw him this AM: "suspect early calciphylaxis vs
pressure-related livedo from the compression sleeves; would biopsy the
R calf induration".
Labs: phos 6.5, PTH as above.

A: bilateral calf livedo after a week of SCDs; ?early calciphylaxis -- PD
pt, phos and PTH high. Not confirmed.
P: punch biopsy planned 3/9; keep SCDs off, early mobilization for VTE
ppx instead; continue antibiotics.
"""),
("2023-03-09", "Discharge Summary", """
DISCHARGE SUMMARY (PGY-1)
Admit 3/1/2023 -- transfer 3/9/2023

64M with ESRD on CCPD, DM2 (glipizide), obesity, admitted with
S. epidermidis PD peritonitis, improving on IP vancomycin.
Hospital course: during the stay he developed livedo bands on both calves
after use of SCD sleeves; derm raised possible early calciphylaxis vs
pressure livedo. A biopsy had been planned; the patient, however, asked to be
transferred to St. Aldric's hospital near his family today, before it was
done.
Calciphylaxis remains a possibility -- neither confirmed nor excluded.
Communicated to the receiving team: derm review and bx of the R medial
calf induration recommended, no compression devices.
Discharge meds: IP vanc to complete 21 days, sevelamer, glipizide resumed.
"""),
]}

C18 = {"patient_id": "C18", "age": 59, "sex": "F", "notes": [
("2022-01-18", "Medical Student H&P", """
MS3 H&P -- Team Sparrow, Eastlake General
Student: C. Moreau-Adjei

CC: spots on both legs

HPI: 59F on hemodialysis for ESRD (Eastlake unit), DM2 (insulin), HTN, finished a course of
TMP-SMX (dosed for HD) for a UTI ~10 days ago, admitted w/ painful purple
spots scattered over shins and calves, onset 5 days ago. Some have turned dark
and crusted. Mild arthralgias.
Meds: lispro sliding scale, glargine 14 units, sevelamer, amlodipine.

VS: T 37.8  HR 96  BP 142/78  BMI 25.0
Exam: both shins and calves: numerous palpable purpuric papules 2-10 mm across,
some with central necrosis and hemorrhagic crust; no livedo, no
induration.
Labs: ESR 78; iPTH 310; Ca/P 8.9/5.1; C3/C4 pending; UA n/a (anuric)

A/P: bilateral lower leg purpura w/ necrosis -- ?calciphylaxis vs vasculitis.
Derm c/s, biopsy.
"""),
("2022-01-21", "Dermatology Consult", """
DERM CONSULT -- with path

Punch biopsies x2, L shin (1/19/22): H&E and direct IF.
H&E: superficial dermal vessels with leukocytoclastic vasculitis,
fibrinoid necrosis and neutrophilic debris. No vascular calcification,
no thrombosed subcutaneous arterioles, von Kossa negative.
DIF: perivascular C3, no IgA.

Impression: cutaneous vasculitis (small vessels), probably from TMP-SMX.
Calciphylaxis ruled out.
Recs: avoid sulfa antibiotics (add to allergy list); leg elevation;
topical triamcinolone to the intact papules; prednisone not needed unless
systemic involvement. Recheck the skin in clinic in two weeks.
"""),
("2022-01-22", "Attending Addendum", """
ATTENDING ADDENDUM -- Dr. J. Sorensen-Achebe

I saw Ms. Moreau-Adjei's patient today. For the teaching file: the student
listed calciphylaxis first; the distribution (symmetric, dependent), the
small palpable papules and the absence of livedo or induration favoured a
vasculitis from the start, and the biopsy confirms it. Final diagnosis:
drug-induced leukocytoclastic vasculitis. This is not calciphylaxis.
Labs: C3/C4 normal, hepatitis panel negative.
Lesions fading, no new crops since admission; arthralgias gone.
Sulfa added to her allergy list and her dialysis unit told.
Continue home insulin; sugars acceptable. Discharge tomorrow with derm
follow-up in 2 weeks and nephrology as usual.
"""),
]}

C19 = {"patient_id": "C19", "age": 52, "sex": "M", "notes": [
("2021-10-26", "Medical Student H&P", """
MS3 ADMISSION H&P -- Team Condor
Student: A. Whitlock-Osei

CC: red swollen L leg x 3 days

HPI: 52M w/ DM2 on insulin, CKD stage 3b (Cr 2.1, not on dialysis),
morbid obesity, admitted for a hot, red, swollen L lower leg that started
3 days ago after he scraped it on a boat trailer. T 38.4 in the ED.
He's quite anxious: his older brother Desmond, who dialyzed for years,
died in 2017 of calciphylaxis after "black sores all over his legs".

Meds: lispro 10 u TID, glargine 40 u, lisinopril; metformin stopped.
VS: temp 38.1, HR 104, BP 148/86; 146 kg, BMI 45.0
Exam: L lower leg erythema to the mid-calf, warm, tender, edematous; a 2 cm
healing abrasion at the L anterior shin. No necrosis, no livedo, no purpura.
Labs: WBC 14.2, Ca 9.2, phos 4.1

A/P: L lower leg cellulitis, nonpurulent -- cefazolin.
"""),
("2021-10-28", "Attending Addendum", """
ATTENDING ADDENDUM -- Dr. T. Nakagawa-Burke

L lower leg cellulitis is better on cefazolin -- redness has pulled back
from the marked border; afebrile 36 h.
The patient asked again about calciphylaxis. I explained that his skin shows
a bacterial infection at a scrape, that he does not have calciphylaxis, and
that his brother's illness does not mean he will get it. His kidney
disease is stage 3b, not end-stage. Counselled that the risk rises if his
kidneys fail, and to keep phosphate in range.
Transition to oral cephalexin, discharge tomorrow, PCP f/u 1 wk.
"""),
]}

C20 = {"patient_id": "C20", "age": 63, "sex": "F", "notes": [
("2020-08-11", "Medical Student H&P", """
MS3 H&P -- Team Plover
Student: F. Oyelaran-Kemp

CC: painful fingertips

HPI: 63F w/ limited systemic sclerosis (CREST), scleroderma renal crisis
2016 -> ESRD on HD TTS, Raynaud's, admitted with painful fingertips.
Hard white lumps on the R thumb and L index pads for months; one broke open
last week and leaks chalky white material. Also a small ulcer on the L
middle fingertip.
PMH: DVT 2015 -- 6 months of warfarin, off since 2016.
No DM. Meds: nifedipine, sevelamer, omeprazole.

VS: afebrile  BMI 19.8
Exam: sclerodactyly, telangiectasias. Firm 3-5 mm white-yellow nodules
on the R thumb and L index pads, one draining chalky paste; 3 mm punched
out ulcer L middle fingertip.
Chem: calcium 9.1; phosphorus 5.0 (high); albumin 3.6

Assessment/Plan: painful fingertip nodules in an HD pt -- ?calciphylaxis. Derm c/s.
"""),
("2020-08-12", "Attending Addendum", """
ATTENDING ADDENDUM -- Dr. M. Castillo-Brandt

Seen with the student; correcting the assessment. These are not
calciphylaxis. The firm white nodules extruding chalky material are
calcinosis cutis of limited scleroderma -- dystrophic calcium in the
dermis, confirmed on the hand films, which show stippled soft tissue
calcification in the pads. The fingertip ulcer is a digital ulcer from
Raynaud's. Derm agrees; no biopsy needed.
Plan: warm the hands, nifedipine uptitrated, wound care to the
digital ulcer, hand surgery outpatient for the largest calcinosis deposit.
Past warfarin noted in the history.
"""),
]}

PATIENTS = [C15, C16, C17, C18, C19, C20]
