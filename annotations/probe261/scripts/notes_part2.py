"""probe261 corpus notes, J08-J14 (ambient AI-scribe drafts and the clinic notes around them; all invented)."""

J08 = {"patient_id": "J08", "age": 68, "sex": "F", "notes": [
("2018-03-20", "Anticoagulation Clinic - Ambient Scribe Draft", """
AMBIENT SCRIBE DRAFT - Anticoagulation clinic, Mill Hollow Family Practice, 3/20/2018
Speakers: patient, clinician (PharmD Corinne Ylvisaker).

Patient reports she whacked her left shin - car door frame - on March 11 while
climbing out at church; it puffed up into a goose egg, then bruised big. Patient reports
no skipped warfarin, no new antibiotics, extra spinach lately.
Clinician examined: 4 cm yellowish-green bruise, anterior L shin, skin unbroken.
INR 3.4 (target window 2.5 to 3.5 for her mechanical mitral valve). Warfarin stays at
5 mg every day.
Clinician advised propping the leg up, a cool cloth if it throbs, and ringing if the
skin splits.
Background: no kidney disease - Cr 0.8 mg/dL, eGFR 74; prediabetes only (A1c 6.2, diet advice); weight puts BMI at 44.2, class III
obesity.
Next INR in a fortnight.
"""),
("2018-04-24", "Wound Clinic Note", """
WOUND CLINIC - Mill Hollow Outpatient Wound Center   04/24/18
Referred by PCP: L leg wound not healing.
S: Per pt the car-door bruise "never faded" and since early April it has become an
open, black, very painful sore. Pain 8/10, burning at night.
O: L anterior mid shin: 38x29 mm ulcer, ~80% black eschar stuck fast, violaceous
retiform border, scant serous drainage. Periwound indurated. No other ulcers. ABI 1.02
left / 1.05 right. Both legs 1+ edema.
A: atypical painful necrotic ulcer on warfarin - ddx calciphylaxis (nonuremic) vs
warfarin necrosis vs post-traumatic ulcer.
P: derm for deep biopsy; no debridement until dx; petrolatum gauze + light wrap.
"""),
("2018-05-01", "Dermatology Consult", """
DERMATOLOGY CONSULT - 05/01/2018
68F, mechanical MVR (warfarin), class III obesity, renal function normal (eGFR 74), not
diabetic.
HPI: L shin ulcer since early April 2018, at the exact spot she struck on a car door
3/11/18.
Exam: 40x30 mm necrotic ulcer, stellate purpuric edge, L anterior shin; R leg clear.
Seen 4/27 for a deep incisional wedge at the ulcer margin; path back 4/30: tunica
media of small hypodermal arteries calcified, thrombi, panniculitis; vK stain +.
Dx: non-uremic calciphylaxis, L shin, arising at a site of blunt trauma.
Plan: ask cardiology about anticoagulation (valve is mechanical), IV sodium thiosulfate
as outpatient, weight-loss referral, wound care.
"""),
("2018-06-12", "Dermatology Follow-up - Ambient Scribe Draft", """
AMBIENT SCRIBE DRAFT - derm follow-up, June 12 2018
Speakers: patient, daughter (Beth), clinician (Dr. Tomasz Everleigh).

Patient reports the leg hurts less since the thiosulfate infusions started three times a
week; she sleeps through now. Daughter reports cardiology kept warfarin because of the
valve, with a tighter INR plan.
Clinician examined: L shin ulcer 31x24 mm, eschar peeling back at its margins, pink
granulation rimming it; neither leg shows anything new.
Clinician advised staying off her feet for long stretches, guarding the shin from knocks,
keeping the foam dressing dry.
BMI 43.8 today (down 1 kg).
Plan: six more weeks of STS, derm recheck mid-July.
"""),
]}

J09 = {"patient_id": "J09", "age": 61, "sex": "M", "notes": [
("2020-10-06", "Home Dialysis Clinic - Ambient Scribe Draft", """
AMBIENT SCRIBE DRAFT - Ferncliff Home Dialysis, monthly PD visit, 10/06/2020
Speakers: patient, daughter (Ayesha), clinician (Dr. Colm Ridgeway), PD RN.

Patient reports painful purple "bruise-looking" patches along both inner thighs since
late September; he did not bump anything. Daughter reports he cannot bear the bedsheet on
them. Clinician asked where he gives his insulin; patient reports always the upper
stomach, well above the catheter, never the legs. Denies heating pads or ice.
Clinician examined: medial thighs bilaterally - violaceous retiform patches, 80x50 mm
right and 60x40 mm left, the left one darkening centrally. Exit site clean.
Background: kidney failure from diabetic nephropathy, doing CCPD; T2DM on insulin; AF,
warfarin stopped in 2012, now apixaban. BMI has run 32-34 over the last year.
Assessment: suspect calciphylaxis. Plan: skin biopsy by derm, this week if a slot
opens; pause calcium carbonate.
"""),
("2020-10-20", "Dermatology Consult", """
DERMATOLOGY CONSULT 20-Oct-2020
61M on PD, T2DM insulin-treated (injects upper abdomen only), remote warfarin.
Onset late Sept 2020: painful patches medial thighs bilat, now evolving.
Exam: R medial thigh 90x50 mm retiform purpura; L medial thigh 60x45 mm with a 10 mm
black necrotic centre; abdomen around injection area soft, no lesions.
Bx 10/13 (R medial thigh, incisional): septal and lobular small-vessel calcification,
thrombosis, vK positive.
Dx: calciphylaxis, medial thighs bilaterally (proximal pattern; obese diabetic on PD).
No injection, heat or pressure exposure of the thighs by hx.
Plan: IP vs IV STS - discuss with nephrology; wound care; pain control.
"""),
("2020-11-17", "Peritoneal Dialysis Clinic Note", """
PD CLINIC NOTE 11/17/2020 - Dr. C. Ridgeway
Interval: STS IV x3/week at the home unit from 10/26; pain now 6 (was 9) /10.
Thigh lesions: R medial unchanged size, L medial eschar dry, edges stable.
PD: weekly Kt/V 1.92, PET high-average; exit site clean.
Bloods: albumin 3.1, Ca 8.8, phos 5.3, PTH 517.
Meds: glargine + lispro, apixaban, cinacalcet 60, sevelamer 1600 (tid).
Wt 103.4 kg / BMI 33.1.
Impression: calciphylaxis of both thighs, biopsy-confirmed - STS to continue, binder adherence,
nutrition consult, wound RN weekly. RTC 4 wks.
"""),
]}

J10 = {"patient_id": "J10", "age": 74, "sex": "F", "notes": [
("2020-10-20", "Hemodialysis Rounds - Ambient Scribe Draft", """
AMBIENT SCRIBE DRAFT - HD rounding, Tue/Thu/Sat 2nd shift, 10/20/20
Speakers: patient, daughter (Paulette), clinician (Dr. Imre Castellanos).

Daughter reports a sore on her mother's left calf, back side, since early October that
started as a purple blotch. Patient denies any fall, bump or scrape before it appeared,
and neither of them has put a hot or cold pack on it.
Clinician examined: L posterior calf lesion 30x30 mm, necrotic center, stellate
violaceous border, exquisitely tender; R leg clear; pedal pulses by Doppler.
Background: ESRD from chronic GN, HD via R arm graft; type 2 diabetes - diet-only,
takes no insulin or tablets; never on warfarin. BMI 24.8.
Assessment: suspicious for calciphylaxis.
Plan: derm consult, non-adherent dressing, no compression.
"""),
("2020-11-10", "Dermatology Consult", """
DERMATOLOGY CONSULT - 11/10/2020
74F on HD. Posterior L calf ulcer, present since early Oct 2020; pt and daughter recall
no injury beforehand.
Exam: 40x35 mm ulcer under black eschar, stellate retiform purpuric margin, livedo
spreading 3 cm around it; R calf normal.
Daughter tells us that last week she began resting an ice pack over the
dressing when the pain flares - it "numbs it."
Assessment: calciphylaxis, clinical diagnosis - the morphology and setting are classic.
Biopsy deferred (poor healing site, patient and daughter decline).
Plan: sodium thiosulfate on dialysis (25 g per run); icing the wound to stop; hydrogel + foam;
wound RN; palliative input.
"""),
("2020-12-01", "Hemodialysis Nursing Note", """
HD NURSING NOTE 12/01/2020  chair 6
Pt reports she bumped the L calf against the wheelchair footrest during a transfer on
11/24/20; dressing was bloody that evening. Today L posterior calf wound 42x35 mm,
edges a little ragged on the lateral side, eschar intact, no odor, no new lesions
elsewhere. Daughter stopped the ice after the derm visit.
STS 25 g given post-run, tolerated. Pre BP 118/64, UF 1.6 L.
Footrest padded with foam, transfer technique reviewed with tech.
Dr. Castellanos aware.
"""),
]}

J11 = {"patient_id": "J11", "age": 52, "sex": "F", "notes": [
("2019-05-14", "Nephrology Clinic - Ambient Scribe Draft", """
AMBIENT SCRIBE DRAFT - nephrology clinic, May 14 2019
Speakers: patient, clinician (Dr. Saoirse Lindqvist).

Patient reports the skin of the fold under her belly has been hard, purple and burning
for about three weeks. Patient reports every insulin shot for years has gone into the
rear of either upper arm, taking turns - "never the stomach." She denies using a heating pad,
a hot water bottle or any snug waistband; she wears loose dresses.
Clinician examined: infraumbilical pannus with a 100x60 mm indurated violaceous plaque,
patchy livedo, 2 cm central black eschar; arms without lesions.
Clinician advised not injecting anywhere near the pannus and no heating pad on it.
Background: kidney failure (diabetic kidney disease), in-center dialysis Tu/Th/Sa; T2DM, degludec plus
aspart; BMI 46.8 (class III obesity); warfarin never prescribed.
Plan: derm urgently; calcium acetate stopped; PTH to be checked.
"""),
("2019-05-28", "Dermatology Consult", """
DERMATOLOGY CONSULT 5/28/2019
52F HD, T2DM on insulin (arms only), BMI 46.8.
Pannus plaque onset ~3rd wk of April 2019.
Exam: lower abdominal pannus 110x70 mm stellate necrotic plaque with retiform purpuric
rim; smaller 20x20 mm violaceous nodule just R of midline. Posterior upper arms: mild
lipohypertrophy only.
Bx 5/21 (deep incisional, pannus): calcified small hypodermal vessels, thrombosis,
necrosis; vK +.
Dx: calciphylaxis, abdominal pannus (central/proximal pattern). No local trauma
identified.
Plan: thiosulfate with dialysis, wound clinic for eschar management, pain service.
"""),
("2019-06-25", "Wound Clinic - Ambient Scribe Draft", """
AMBIENT SCRIBE DRAFT - Wound clinic visit 06/25/2019
Speakers: patient, clinician (wound NP Ruthanne Pell).

Clinician performed sharp debridement of loose eschar from the pannus wound; patient
tolerated with lidocaine gel. Patient reports the paper tape around the dressing has
been making the skin itch; clinician switched to a silicone border dressing.
Patient asks whether her insulin shots caused this. Clinician explained she had never
injected into the belly, so the shots were not the cause there.
Wound after debridement: 100x60 mm, 60% yellow slough, 10% eschar, 30% red tissue.
Clinician advised keeping the pannus lifted with a soft cotton sling; no heat.
Plan: weekly visits, NPWT consideration once slough clears.
"""),
]}

J12 = {"patient_id": "J12", "age": 69, "sex": "M", "notes": [
("2023-01-17", "Nephrology Clinic - Ambient Scribe Draft", """
AMBIENT SCRIBE DRAFT - nephrology clinic, 01/17/2023
Speakers: patient, clinician (Dr. Wendell Achterberg).

Patient reports a new sore over his left shinbone, there since roughly New Year's Day and
darkening. Patient says he has not knocked or scraped the leg, no heat, no cold; wears
loose socks.
Patient reports he had calciphylaxis before: in 2019 on the right thigh, the spot he
injected insulin back then, healed by spring 2020 after thiosulfate. Ever since, his
abdomen is the only place he injects.
Clinician examined: L anterior shin ulcer 20x15 mm, black base, violaceous rim; R thigh
with a flat healed scar, no activity.
Background: ESRD, dialysis Mon/Wed/Fri; insulin-treated T2DM; never on warfarin; BMI 30.0.
Assessment: possible recurrent calciphylaxis vs arterial ulcer. Plan: ABI, derm biopsy.
"""),
("2023-01-31", "Dermatology Consult", """
DERM CONSULT  31/01/2023
69M HD, T2DM on insulin (abdominal sites since 2020).
PMH: calciphylaxis 2019, R thigh at insulin injection sites - resolved 2020, scar only.
New: L anterior shin ulcer since ~1/1/23. ABI 0.98 L.
Exam: 25x18 mm ulcer, L shin, black eschar, retiform purpuric halo; abdomen soft,
injection areas without lesions; R thigh scar quiet.
Bx 1/24 (L shin): calcified arterioles with thrombosis in subcutaneous fat, vK +.
Dx: recurrent calciphylaxis, L shin. No antecedent trauma at that site.
Plan: restart STS with HD, phos control, wound RN.
"""),
("2023-02-21", "Wound Clinic Note", """
WOUND CLINIC 2/21/23
Pt: 69M, calciphylaxis L shin (bx-proven 1/24/23). On STS.
Wound: L anterior shin 24x17 mm, depth 2 mm; eschar ~70%, slough ~30%, minimal drainage,
periwound violaceous but not expanding.
Intervention: gentle cleansing, autolytic debridement with hydrogel under foam; tubular
support only, no compression.
Pain 4/10 with gabapentin post-HD.
Pt asks about the old R thigh area - inspected, healed.
Teaching: check both legs nightly with a hand mirror; wife to help with dressing
changes on non-dialysis days; keep the leg elevated when seated.
Plan: weekly; photos; return sooner if spreading.
"""),
]}

J13 = {"patient_id": "J13", "age": 64, "sex": "F", "notes": [
("2024-06-04", "Hemodialysis Rounds - Ambient Scribe Draft", """
AMBIENT SCRIBE DRAFT - HD rounds, Quarry Lane Dialysis, 06/04/2024
Speakers: patient, clinician (Dr. Priyanka Lorrimer), RN.

Patient reports a hard, painful purple area in the lower outer part of her left breast,
present since mid-May. Patient denies any injury; she wears soft wire-free bras. Patient mentions
her husband, who dialyzes on this same shift, "had one of these at his insulin spot last
year" and she worries it is the same thing.
Clinician examined: L breast, lower outer quadrant, 40x35 mm firm violaceous plaque,
reticulate purpura at the edge; no nipple discharge.
Clinician advised postponing her screening mammogram (due in July) so the breast is not
compressed before derm sees her.
Background: kidney failure, in-center HD; AF, takes warfarin; A1c 5.4, no diabetes;
BMI 35.2.
Plan: derm urgent, breast ultrasound.
"""),
("2024-06-18", "Dermatology Consult", """
DERMATOLOGY CONSULT 6/18/24
64F HD, AF - warfarin, INR today 2.4; obesity (BMI 35.2); no diabetes.
L breast lesion since mid-May 2024; no trauma, no procedures to the breast, no
underwire.
Exam: L breast LOQ 50x40 mm firm violaceous plaque, 1 cm central necrosis, retiform
margin. R breast normal.
Breast US 6/11: subcutaneous edema, no mass.
Bx 6/14 (incisional, L breast): medial calcium in small adipose-tissue vessels, luminal
thrombi, vK +; no malignancy.
Dx: calciphylaxis, left breast.
Plan: cardiology asked whether apixaban can replace warfarin; STS on dialysis days; supportive
bra without wire; defer mammography.
"""),
("2024-07-09", "Nephrology Clinic - Ambient Scribe Draft", """
AMBIENT SCRIBE DRAFT - nephrology clinic, July 9th 2024
Speakers: patient, clinician (Dr. Lorrimer).

Patient reports the breast is less tender since thiosulfate with dialysis; the center is
crusted. Patient reports cardiology took her off warfarin and put her on apixaban June 25.
Clinician examined: L breast plaque 45x40 mm, eschar dry, no new lesions.
Clinician advised the screening mammogram waits until the skin has closed.
Patient asks again about her husband's lesion; clinician explained each case is separate
and his was at a different kind of spot.
Labs today: PTH 421, phosphorus 5.0, calcium 9.1.
Plan: thiosulfate, sevelamer and cinacalcet unchanged; wound nurse every week.
"""),
]}

J14 = {"patient_id": "J14", "age": 57, "sex": "M", "notes": [
("2022-12-06", "Hemodialysis Rounds - Ambient Scribe Draft", """
AMBIENT SCRIBE DRAFT - HD rounds, Tue/Thu/Sat, 12/6/22
Speakers: patient, clinician (Dr. Eamon Tsosie).

Patient reports most evenings since the winter of 2021 he lays a plug-in heating pad
across his right flank and low back for old kidney-stone pain. Patient reports a new
and very tender hard patch on his trunk, left side, just over the hip bone, since
Thanksgiving.
Clinician asked whether the pad ever goes on the left; patient says no, "only the right
side ever hurts."
Clinician examined: L flank 50x40 mm violaceous stellate plaque, necrotic centre;
R flank shows brownish lacy erythema ab igne, which is flat - neither plaque nor ulcer.
Background: ESRD from FSGS, left arm AVF; T2DM treated with linagliptin alone;
warfarin never; BMI 29.6 (overweight).
Plan: derm biopsy; clinician advised stopping the heating pad altogether.
"""),
("2022-12-20", "Dermatology Consult", """
DERMATOLOGY CONSULT 12/20/2022
57M HD, T2DM (oral agent), overweight.
L flank plaque since Thanksgiving 2022 (11/24/22).
Exam: L flank 55x45 mm necrotic plaque, violaceous retiform margin. R flank:
net-like hyperpigmentation where the heating pad sits, skin otherwise intact.
Bx 12/13 (L flank, deep incisional): calcific and thrombotic change in hypodermal
arterioles (vK +).
Dx: CUA (calcific uremic arteriolopathy), L flank. The heat exposure has been on the
contralateral (R) flank only; no trauma on the L.
Plan: STS on HD days, calcium-based binder stopped, wound care, pain.
"""),
("2023-01-10", "Nephrology Progress Note", """
NEPHROLOGY PROGRESS NOTE - 01/10/2023
57M, ESRD on HD TTS, CUA L flank on STS since 12/22/22.
S: pain down to 5/10 (had been 8), sleeping better. Stopped the heating pad.
O: wt 96.1 kg post-HD; BP 134/76. L flank wound 50x40 mm, dry eschar, no cellulitis.
Labs: Hgb 10.4, Ca 9.0, PTH 688, phosphorus 5.6.
A/P: calciphylaxis improving - STS 25 g TIW continues, sevelamer 1600 at meals,
cinacalcet 30 mg added, linagliptin unchanged, wound RN weekly. If PTH stays high,
refer for parathyroidectomy.
"""),
]}

PATIENTS = [J08, J09, J10, J11, J12, J13, J14]
