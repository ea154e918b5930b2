"""probe261 corpus notes, J01-J07 (ambient AI-scribe drafts and the clinic notes around them; all invented)."""

J01 = {"patient_id": "J01", "age": 58, "sex": "F", "notes": [
("2023-04-11", "Nephrology Clinic - Ambient Scribe Draft", """
AMBIENT SCRIBE DRAFT - Nephrology return visit, Harwick Kidney Associates
Recorded 4/11/2023. Speakers: patient, clinician (Dr. Ines Abernathy).
Draft produced from the recorded conversation; clinician edited before signing.

Chief concern: "my sugars are all over the place."
Patient reports she dialyzes Mon/Wed/Fri at the Larkspur unit; kidneys failed three
years back from diabetes. Patient reports she moved every glargine and lispro
injection to her right outer thigh since the start of February, because her stomach
feels "rubbery" where she used to inject. Clinician noted soft fatty swelling around
the navel c/w lipohypertrophy, no discoloration, nontender.
Clinician advised rotating among both thighs plus the backs of the arms, keeping each
jab a thumb's width from the previous one.
Warfarin: never. Wt 98.6 kg, BMI 37.4 (class II obesity).
Plan: fasting sugar diary x 2 wks, endocrine e-consult, repeat PTH/phos next month.
"""),
("2023-05-22", "Dermatology Consult", """
DERMATOLOGY CONSULT    Ref: Dr. Abernathy (nephrology)
Reason: painful thigh lesion, HD pt

HPI: 58F, ESRD, in-centre HD (Mo/We/Fr), T2DM on basal/bolus insulin. Tender area R
anterolateral thigh noticed ~2 wks ago, now "like a burn", 9/10 overnight. Glargine
and lispro alike have gone into this thigh since Feb (belly avoided d/t lipohypertrophy). Denies ice,
heat, falls.
EXAM: R lateral thigh 45x30 mm stellate violaceous plaque, central 12 mm black
eschar, retiform purpuric rim, exquisitely TTP - sitting squarely within the area she
rotates her injections through. L thigh, abdomen, calves: clear.
A/P: retiform purpura + eschar, obese HD pt, at insulin sites -> strongly suspect
calciphylaxis. Incisional bx from the advancing edge done today after consent (von Kossa
requested). No more injecting into the R thigh. Gabapentin 100 mg after HD.
"""),
("2023-05-30", "Dermatology Telehealth - Ambient Scribe Draft", """
AMBIENT SCRIBE DRAFT - Dermatology video follow-up, 30-May-2023
Speakers: patient, husband (Len), clinician (Dr. Quilla Marchetti). [audio dropped x2]

Clinician went over the pathology: tiny vessels in the fat have calcium crusted into
their walls, with clots; the von Kossa stain was positive; clinician stated this confirms
calciphylaxis of the right thigh.
Patient reports the black middle is "a bit bigger" and the pain still wakes her.
Husband wonders aloud if the insulin did it. Clinician explained that jab spots are a
recognised trigger for these wounds and advised no more shots into the left [Clinician
edit: RIGHT] thigh; arms from now on, posterior aspect.
Plan discussed: sodium thigh sulfate [sic - sodium thiosulfate] 25 grams riding along with each HD run per
nephrology, home wound RN weekly, palliative pain consult offered and accepted.
Dialysis-unit scale 97.8 kg, BMI 37.1.
"""),
]}

J02 = {"patient_id": "J02", "age": 66, "sex": "M", "notes": [
("2021-01-12", "Hemodialysis Rounds - Ambient Scribe Draft", """
AMBIENT SCRIBE DRAFT - in-center HD rounding, chair 14, Tue/Thu/Sat
Recorded Jan 12 2021. Speakers: patient, clinician (NP Dorothea Wills), RN (Sam).

Patient reports bloating and crampy lower-belly aches on his days off the machine.
Patient reports he lies down each evening, hot water bottle propped over his lower belly,
since Christmas Eve - "nothing else touches it." RN adds the skin there looked pink at
the previous run.
Clinician examined: faint pink mottling of the lower abdomen, no blister, nothing open.
Clinician advised a towel around the bottle, twenty minutes max per go, and to quit
if the skin goes darker. [Clinician edit: lactulose titration also offered.]
Background: ESRD from hypertensive nephrosclerosis, L radiocephalic AVF. No diabetes
(A1c 5.6). AF - warfarin came off in 2017 once he had a GI bleed; he switched to apixaban.
Dry wt 101 kg, so BMI 31.5.
"""),
("2021-02-09", "Nephrology Clinic - Ambient Scribe Draft", """
AMBIENT SCRIBE DRAFT - nephrology clinic visit, February 9, 2021
Speakers: patient, wife (Marguerite), clinician (Dr. Anselm Fogarty).

Patient reports a hard, purple, very sore patch under the belly button on the left that
he first noticed about ten days ago. Wife says he kept the hot water bottle on that
same spot nightly "right up until it started hurting." Patient denies any injections into
his stomach; heparin only goes into the dialysis lines.
Clinician examined: L lower abdomen 6x4 cm woody violaceous plaque, purple netted
border, dusky middle, dry; reticulated brownish mottling over the lower abdomen in the
outline of the bottle.
Clinician advised putting the hot water bottle away for good.
Assessment: concern for calciphylaxis (CUA). Friday labs: phosphorus 7.3 high, Ca (albumin-corrected) 9.7, intact PTH 846.
Plan: urgent derm referral for tissue; change calcium acetate over to sevelamer; begin
cinacalcet 30 mg daily.
"""),
("2021-02-16", "Dermatology Consult", """
DERM CONSULT 2/16/21
66M on HD, sent by Dr. Fogarty re L lower abdominal plaque x ~2.5 wks.
Hx: nightly hot water bottle against the lower abdomen since 12/24/20. No diabetes, no
insulin. Warfarin remote (d/c 2017).
Exam: LLQ 65x45 mm retiform purpuric plaque, central necrosis 15 mm; around it a
rectangular lacy brown-red net (erythema ab igne) matching where the bottle rested.
Procedure: deep incisional wedge from plaque edge, 2 sutures, Gelfoam.
Impression: necrotic retiform purpura in skin heated nightly for weeks;
calciphylaxis favored, ddx livedoid vasculopathy; await path incl von Kossa.
Back in 2-3 wks; sooner if febrile or the purpura spreads.
"""),
("2021-03-09", "Dermatology Follow-up - Ambient Scribe Draft", """
AMBIENT SCRIBE DRAFT - derm wound follow-up, 03/09/2021
Speakers: patient, wife, clinician (Dr. Hana Ostrowski), wound RN.

Clinician went through the path: the little arterioles down in the fat show
calcification plus clot, von Kossa lit up - fits calciphylaxis. Patient reports pain down to 5/10 since
thiosulfate began with each dialysis. Wife asks if the hot water bottle "did this";
clinician said the heat very likely triggered it exactly there.
Wound RN measured: L lower abdominal ulcer 50x35 mm, roughly 40% black eschar, no pus.
Clinician advised keeping heat and cold off the belly, loose waistbands, Santyl daily.
Scale today 99.2 kg.
Addendum (Dr. Fogarty, 3/10/21): agree; Koebner-type CUA arising under the bottle.
Keep sevelamer; cinacalcet titrated to 60.
"""),
]}

J03 = {"patient_id": "J03", "age": 71, "sex": "F", "notes": [
("2019-09-03", "Renal Clinic - Ambient Scribe Draft", """
AMBIENT SCRIBE DRAFT - Renal outpatient review, 03/09/2019 (dd/mm/yyyy)
Speakers: patient, clinician (Dr Hollis Penrose), student nurse.

Patient reports her breathing is easier since the home oxygen team issued a portable
concentrator on 14/06/2019. Patient reports she carries it everywhere in its padded bag,
strap slung over her right shoulder - "it weighs a ton, it digs in."
Clinician noted a reddened stripe over the right shoulder's upper surface, following
the strap; skin intact, not tender.
Clinician advised swapping shoulders or using the wheeled trolley.
Background: ESRD secondary to ADPKD, haemodialysis three sessions weekly (Tu, Th, Sa), access is her L
brachiocephalic fistula; COPD; not diabetic. No anticoagulants, never warfarin. Weight
74 kg, BMI 28.3 (overweight).
Plan: Hb 98 g/L - darbepoetin continues on dialysis; phosphate 2.3 mmol/L, binder
adherence talked through; bloods again in 4 weeks.
"""),
("2019-10-01", "Haemodialysis Unit Nursing Note", """
HD unit nursing note - 01/10/2019, Bay 3, morning session

Pt c/o a sore purple mark, R shoulder top, first spotted on 22/09/2019.
Still carries the O2 bag that side "because the trolley tips over on the kerb".
On inspection: 30x25 mm violaceous, hard, very tender plaque, dark pinpoint centre,
lying precisely beneath where the strap runs. No fall or knock reported.
Obs: pre BP 152/80, HR 78, SpO2 94% on 2 L. UF 2.1 L, cramp-free.
Discussed with Dr Penrose on the ward - dermatology referral faxed, marked urgent.
O2 bag moved onto a trolley for now; pt agreeable. Photo in media tab.
"""),
("2019-10-15", "Dermatology Clinic Letter", """
Dermatology Outpatients, Kestrel Vale Hospital - clinic date 15 Oct 2019

Dear Dr Penrose,
Re: Mrs Edna Raike, 71

Many thanks for referring this lady with a necrotic plaque of the right shoulder. It
began on 22/09/2019 directly beneath the strap of her oxygen concentrator bag, which she
has worn on that shoulder since mid-June. Today I find a 35x30 mm stellate eschar
ringed by livedoid violaceous skin over the right superior shoulder; the left shoulder
is normal. Deep incisional biopsy on 04/10/2019 shows circumferential mural
calcification of subcutaneous arterioles plus fibrin thrombi: calciphylaxis.
Impression: calciphylaxis of the right shoulder, most likely provoked by chronic strap
pressure. I have suggested thiosulfate with each dialysis (25 g), stop calcium carbonate,
no load on that shoulder, district nurse dressings.
Yours sincerely, Dr Aurelia Quennell
"""),
]}

J04 = {"patient_id": "J04", "age": 63, "sex": "M", "notes": [
("2024-03-09", "Hospital Discharge Summary", """
DISCHARGE SUMMARY - St. Wendeline Medical Center, 4 East
Admitted 3/2/24   Discharged 3/9/24

Principal dx: RLL community-acquired pneumonia.
Other: ESRD, HD T/Th/Sa via R upper arm AVF; T2DM (linagliptin, no insulin);
HTN; no anticoagulation, never on warfarin.
Course: ceftriaxone + azithromycin, then PO cefpodoxime; O2 weaned to RA on day 4.
Inpatient HD kept to his home days.
Lines: PIV #1 20g L volar forearm, placed in ED 3/2/24; infiltrated 3/5 with swelling,
pulled, arm elevated; swelling gone by discharge, skin intact. PIV #2 R hand 3/5-3/8.
Admission BMI 26.9.
D/c meds: cefpodoxime x 3 more days, linagliptin 5 mg, sevelamer 800 mg tid w/ each meal, calcitriol .25 mcg qd.
F/u: HD unit Thursday; PCP 2 wks.
"""),
("2024-04-02", "Hemodialysis Rounds - Ambient Scribe Draft", """
AMBIENT SCRIBE DRAFT - HD rounds, Pinegate Dialysis, 04/02/2024
Speakers: patient, clinician (Dr. Farid Nussbaum), RN.

Patient reports a painful darkened patch, inner aspect of his left forearm, that began 3
weeks ago, "smack where the hospital had the IV." Patient reports 7/10 pain, worse
whenever his sleeve rubs it. Denies fever.
Clinician examined: L volar mid-forearm 25x20 mm purple-black firm plaque, dusky netted
edge; no streaking, no fluctuance. R arm fistula with good thrill.
Clinician advised no BP cuffs, IVs or blood draws in the left arm for now.
Assessment: [Clinician edit: r/o] calciphylaxis vs thrombophlebitis vs cellulitis.
Plan: urgent derm, doxycycline x 7 d meanwhile, Ca/phos/PTH drawn today.
Weight post-HD 82.4 kg.
"""),
("2024-04-16", "Dermatology Consult", """
DERMATOLOGY - new pt consult 4/16/2024

63 y/o M, HD, T2DM non-insulin. Ulcerating plaque of the L volar forearm since 3/12/24 (per HD note),
at the site of a hospital peripheral IV (placed March 2, infiltrated March 5).
Exam: 30x22 mm ulcer capped by black eschar, retiform violaceous rim, induration
reaching 1 cm beyond; remainder of skin survey unremarkable, legs and trunk spared.
Path (punch-incisional bx 4/9): medial calcific deposits within subcutis arterioles,
luminal thrombi, septal panniculitis; vK stain +.
Dx: calciphylaxis of the L forearm, at prior PIV/infiltration site.
Plan: IV STS (25 g) alongside HD thrice weekly; stop calcitriol; hydrocolloid + bordered
foam q3d; no venipuncture L arm; wound clinic referral; return 4 wks.
"""),
]}

J05 = {"patient_id": "J05", "age": 55, "sex": "F", "notes": [
("2022-08-30", "General Surgery Post-op - Ambient Scribe Draft", """
AMBIENT SCRIBE DRAFT - General Surgery post-op check, 2022-08-30
Speakers: patient, clinician (Dr. Benedikt Aalto), PA (Kiera).

Patient reports the right groin incision is sore when she stands up but she is walking
the block twice a day. Open right inguinal hernia repair with mesh was done on 2022-08-16.
Clinician examined: 7 cm R inguinal incision, edges together, skin glue flaking, no
drainage, no hematoma; mild firmness expected.
Patient reports warfarin was restarted the day after surgery. PA confirmed INR 2.9 on
2022-08-27 (mechanical aortic valve, goal 2.5-3.5).
Background: ESRD, hemodialysis M/W/F via L forearm graft; no diabetes; BMI 41.0.
Clinician advised she carry nothing weightier than her purse for six weeks; phone in
for fever or redness creeping outward.
"""),
("2022-10-04", "Nephrology Clinic - Ambient Scribe Draft", """
AMBIENT SCRIBE DRAFT - nephrology, 2022-10-04
Speakers: patient, clinician (Dr. Marisol Tenant).

Patient reports the skin along her right groin scar went dark and very painful starting
2022-09-20; she can barely stand her underwear brushing it. Denies fever.
Clinician examined: 50x30 mm firm violaceous plaque with black central crust on the
outer half of the R inguinal scar, faint livedo fanning out around it; mesh area not
bulging. Legs and abdomen otherwise unremarkable.
Assessment: [draft: "calcify laxis" - clinician corrected] suspected calciphylaxis in the
hernia incision. Risk: warfarin, obesity, PO4 6.8, high Ca-phos product.
Plan: derm biopsy this week; calcium acetate swapped for lanthanum; talk to
cardiology about warfarin (mechanical valve, not simply stoppable).
"""),
("2022-10-11", "Dermatology Consult", """
DERM CONSULT - 2022-10-11
55F, HD, mechanical AVR on warfarin, BMI 40.6.
Lesion: R inguinal scar (open hernia repair 2022-08-16), onset 2022-09-20.
Exam: 55x32 mm necrotic eschar, stellate purpuric halo tracking the scar; tender.
Bx 2022-10-07 (deep incisional): calcium-encrusted small vessels, hypodermis,
with thrombosis; vK positive.
Dx: calciphylaxis, R groin, within a surgical scar that is only weeks old.
Plan: STS 25 g each dialysis session; cardiology agrees to continue warfarin (valve is
mechanical, so DOACs are out) aiming at the bottom of the range; wound RN, silver
alginate; pain team.
"""),
]}

J06 = {"patient_id": "J06", "age": 47, "sex": "F", "notes": [
("2025-01-14", "Peritoneal Dialysis Clinic - Ambient Scribe Draft", """
AMBIENT SCRIBE DRAFT - PD clinic monthly visit, 01/14/2025
Speakers: patient, husband (Tobias), clinician (Dr. Renata Solberg), PD RN.

Patient reports she is worn out by noon; Hgb 8.9. Husband reports he gives her epoetin
alfa shots subcutaneously into the left upper arm, posterior side, once a week; the shots
started 8 weeks ago. Patient says they always pick the left arm since she sleeps on
her right.
Clinician advised alternating arms from now on.
PD: CCPD, 5 cycles overnight, exit site tidy, tunnel nontender, effluent clear.
Background: kidney failure from lupus nephritis, on PD since 2022; hydroxychloroquine;
no diabetes; no warfarin. BMI 23.4.
Plan: raise epoetin to 6000 units weekly; TSAT 19% -> IV iron at next clinic; labs 4 wks.
"""),
("2025-02-11", "PD Nursing Visit - Ambient Scribe Draft", """
AMBIENT SCRIBE DRAFT - PD nurse visit, 02/11/2025
Speakers: patient, PD RN (Greer Holm).

Patient reports a hard, exquisitely sore lump behind her left arm - it "popped up
about 5 days ago," right where Tobias gives the Epo gen [sic - Epogen] shots; now dark
centrally.
RN examined: L posterior upper arm 30x20 mm firm purplish nodule with a 5 mm dusky-black
core and a lacy violet rim. T 36.8 C. Exit site fine. Photo uploaded to chart.
RN advised no further shots into that arm until the doctor has reviewed.
Dr. Solberg messaged; same-week derm slot booked for 2/18.
"""),
("2025-02-25", "Dermatology Consult", """
DERMATOLOGY CONSULT  02/25/25
47F, ESRD on PD (lupus nephritis), SLE on HCQ. No DM, no warfarin.
HPI: painful nodule L posterior upper arm, onset 2/6/25, at the weekly SC epoetin site
(husband-administered since 11/19/24). Seen 2/18 for biopsy.
Exam today: 35x25 mm indurated plaque, 10 mm black eschar centrally, retiform edge.
Checked R arm, thighs, abdomen: clear.
Path 2/18: arterioles + capillaries of the panniculus calcified, thrombosed; lipocyte
necrosis; von Kossa +; DIF neg for lupus vasculopathy.
Dx: calciphylaxis at an epoetin injection site.
Plan: stop SC ESA, change to darbepoetin IV at clinic; STS discussed with nephrology (PD
pt - IV in clinic 3x/wk); wound care; recheck 3 wks.
"""),
]}

J07 = {"patient_id": "J07", "age": 59, "sex": "M", "notes": [
("2021-06-08", "Hemodialysis Rounds - Ambient Scribe Draft", """
AMBIENT SCRIBE DRAFT - HD rounds, Eastbrook Dialysis, 6/8/21
Speakers: patient, clinician (Dr. Oyelaran Kessell), tech (Manny).

Patient reports nasty post-run cramps in his right calf. Patient reports that since
Memorial Day he has been taking a freezer ice pack and laying it bare against his
right calf, posterior side, roughly an hour on most nights. Tech adds he came off 4.3 L
last Friday.
Clinician examined: R calf cool and pink after this morning's icing, no wounds.
Clinician advised a cloth between ice and skin, stretching, and lower UF goals.
Background: kidney failure (diabetic nephropathy); his dialysis days are Mon/Wed/Fri,
left forearm fistula; T2DM on glargine 20 units at bedtime injected in the abdomen;
warfarin never; BMI 33.0 today.
Plan: UF max 3 L, reassess dry weight in 2 wks.
"""),
("2021-07-20", "Nephrology Clinic - Ambient Scribe Draft", """
AMBIENT SCRIBE DRAFT - nephrology clinic 07/20/2021
Speakers: patient, sister (Odile), clinician (Dr. Kessell).

Patient reports the back of his right leg "went purple and then black" around the Fourth
of July, the worst pain in his life. Patient reports he kept icing that calf nightly
up until then. Sister adds he has barely slept this week.
Clinician examined: R posterior calf 70x50 mm retiform purpura, 25 mm central eschar,
board-like induration, exquisitely tender; L leg clear; DP pulses present.
Assessment: likely calciphylaxis; PO4 7.8, iPTH 1,040.
Plan: direct admit for biopsy and pain control; stop ice; more sevelamer, cinacalcet start.
"""),
("2021-07-27", "Dermatology Inpatient Consult", """
DERMATOLOGY INPATIENT CONSULT 7/27/21
59M HD, T2DM on insulin, obese. Painful necrotic R posterior calf lesion, onset ~07/04/21,
in the area he iced nightly since 5/31/21 (Memorial Day) for dialysis cramps.
Exam: 75x50 mm stellate eschar with violaceous retiform margin, R posterior calf; no
other skin lesions.
Bx 7/23: calcium deposition in small + medium-calibre subcutaneous vessels (vK stain
picks it up), fibrin plugs, vasculitis absent.
Dx: R calf calcific uremic arteriolopathy (= calciphylaxis), arising where cold
was applied.
Rec: STS with HD, no ice/heat to legs, wound care with hydrogel + ABD, palliative care
for pain, nephrology for parathyroid plan.
"""),
]}

PATIENTS = [J01, J02, J03, J04, J05, J06, J07]
