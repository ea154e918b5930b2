"""probe263 corpus notes, M01-M07 (outpatient physiotherapy, hydrotherapy, exercise physiology
and the renal, dialysis and dermatology clinics around them; every person and place invented)."""

M01 = {"patient_id": "M01", "age": 67, "sex": "M", "notes": [
("2023-02-07", "Physiotherapy Initial Assessment", """
OUTPATIENT PHYSIOTHERAPY - INITIAL ASSESSMENT
Harrowgate Community Physio, Rm 2          Physio: T. Okonkwo

PC: bilat anterior knee pain L>R, worse on stairs + getting out of low chairs x 6/12.
HPC: no falls or knocks. GP referral Dx bilat knee OA (XR Nov 2022: moderate medial
compartment narrowing both sides).
PMHx: ESRD, haemodialysis M-W-F at Westbury Renal Unit. T2DM - insulin glargine
+ aspart, injects into abdo. HTN. Not anticoagulated.
SH: lives w/ wife, retired bus driver, walks the dog ~10 min.
O/E: Ht 1.78 m, Wt 104.8 kg, BMI 33.1. Visible quads wasting bilat. Knee flex L 105deg,
R 115deg. 5xSTS 19.4 s using arms. TUG 13.2 s.
Skin over thighs and knees intact, sensation grossly normal.
Rx today: moist hot packs (hydrocollator, 6 layers towelling) laid over both anterior
thighs 15 min before ex; quads sets, SLR, mini squats at the bench.
Plan: 2x/wk for 6 wks - HP then graded strengthening. HEP sheet given.
"""),
("2023-03-21", "Physiotherapy Treatment Note", """
Physio Rx note - session 11            21.03.23
S: Pt c/o a v painful "tight, bruise-coloured" patch, L thigh anteriorly, which he first
spotted ~1 wk ago, plus a smaller tender spot R thigh since Sat. 7/10. Said the hot
pack made it worse today - asked to stop it after 2 min.
O: L anterior mid-thigh: approx 6x4cm violaceous, indurated plaque, lacy purple edge,
exquisitely TTP. R anterior thigh 2 x 2 cm dusky firm patch. Both sit inside the
area the hot packs have covered since his IA. No open wound, not warm.
A: skin changes of unclear cause in a dialysis pt; no more heat.
P: hot packs ceased. Seated ex only. Rang renal unit CNS (Gemma) - to be looked at on
the machine tmrw, derm referral requested. Pt informed + happy w/ plan.
"""),
("2023-04-04", "Dermatology Clinic Letter", """
Dermatology Outpatients, Westbury General                     4 April 2023

Dear Dr Haldane,
I saw your 67-year-old patient, who is on haemodialysis, today
with painful plaques on his thighs. The L anterior thigh lesion began roughly three
weeks ago and the R one a few days later; both now carry central black eschar inside a
retiform purpuric rim.
Punch biopsy of the L thigh (24/03/2023) showed calcified, thrombosed small
vessels within the panniculus, diagnostic of calciphylaxis. Of note, both plaques lie
exactly where moist hot packs were laid at his physiotherapy sessions from early February,
which I consider relevant. His insulin goes into the abdomen, which is unaffected.
Weight today 103.2kg (BMI 32.6).
Plan: IV sodium thiosulfate during every dialysis; the calcium-containing binder to go;
cinacalcet as renal see fit; community wound nurse, and no further heat to the thighs.
Review in 4/52.

Yours sincerely, Dr Priya Anand, Consultant Dermatologist
"""),
]}

M02 = {"patient_id": "M02", "age": 58, "sex": "F", "notes": [
("2024-09-10", "Hydrotherapy Initial Assessment", """
HYDROTHERAPY IA - Lakemoor Aquatic Rehab Centre
Date: 10 Sep 2024            Therapist: Rhiannon Vale (PT)
Referral: chronic LBP, deconditioning, 2 falls in the past yr (no injury sustained).
PMH: ESKD on peritoneal dialysis (overnight cycler), T2DM dx 2009 - insulin from 2019,
AF - warfarin, INR done by GP, OSA on CPAP, obesity.
Pool screen: PD catheter exit site to R of umbilicus - occlusive waterproof dressing for
every session, shower and redress straight after. Continent. No open wounds.
Skin: lipohypertrophy over both posterior upper arms - both arms have taken all her
insulin ever since she began it in 2019 ("my tummy is for the catheter").
Wt 97.5 kg, BMI 36.4.
Pool (34.5C): fwd/back/side walking 4 lengths, squats holding rail, flutter kicks on a
noodle. RPE 12-13, no SOB. Tolerated well.
Plan: 1x/wk pool for 8 wks + land HEP.
"""),
("2024-11-05", "Hydrotherapy Session Note", """
Hydro session 7 - 05/11/2024 - NOT IN POOL TODAY
Pt came in with a very sore and hard purplish area on the R arm, posteriorly, since
mid-October; she assumed at first it was just a bruise. Inspection: R posterior upper arm has
a stellate violaceous plaque approx 5x3.5cm, dark central crust ~1cm, livedo surrounding.
Same spot she uses for her insulin. L arm - lipohypertrophy only, no colour change.
With crusted skin + pain 8/10 she is not appropriate for the pool today (infection
control). Did land session instead: seated LE ex, arms avoided. BP 148/86.
Phoned PD nurse Ilse, who is arranging an urgent derm appt. Until then: no insulin into
the R arm.
"""),
("2024-11-26", "Nephrology PD Clinic Note", """
Renal Clinic (PD) - nephrology review 26-Nov-2024
58F, CCPD; October clearance adequate. Seen today with the derm result.
Bx R posterior arm (14/11): calciphylaxis, confirmed. It arose exactly where she injects
insulin, posterior R upper arm - a site in use for about five years.
Bloods: corr Ca 2.41 / phos 2.3 / PTH 62 pmol/L.
Plan:
- sodium thiosulfate via the day unit 3x/wk
- warfarin ceased today; apixaban 2.5mg bd started instead (AF, CHA2DS2-VASc 4)
- cinacalcet up; calcium carbonate swapped for sevelamer
- diabetes educator: rotate injections onto the thighs going forward
- wound care nurse, analgesia review
Wt 97.0 kg / BMI 36.2. Next visit 2 wks.
"""),
]}

M03 = {"patient_id": "M03", "age": 71, "sex": "F", "notes": [
("2022-03-14", "Physiotherapy Initial Assessment", """
MSK / OEDEMA PHYSIO - INITIAL Ax                14/03/22
Clinician: D. Marchetti
Referral (GP Dr Kwan): L lower leg swelling and calf cramps, worst at night after dialysis.
PMHx: ESRD, dialysing Tue-Thu-Sat through L BC fistula. HTN. Hypothyroid. No DM.
Was on warfarin after a provoked PE in 2013 - ceased 2015, nil since.
O/E: Weight 74kg, BMI 28.4. Girth 10 cm below tib tuberosity L 38.5 cm vs R 36.0 cm.
Pitting +1 L medial calf/ankle. Skin intact, no discolouration. Foot pulses palpable.
Rx: kinesiology tape, lymphatic fan (4 tails), applied to L medial calf at ~15% stretch.
Leave on up to 5 days, peel off in the shower with baby oil.
HEP: ankle pumps, standing calf stretch, legs up for 30 min after HD.
Review 1/52.
"""),
("2022-03-21", "Physiotherapy Progress Note", """
Physio review  21/3/22
S: tape stayed on 4 days, cramps "a bit better". Skin itchy under the tape edges.
O: faint pink tape-shaped erythema L medial calf, no blistering, no skin breakdown.
L girth 37.5 cm.
Rx: tape reapplied to the same area over a cover-roll underlay for skin protection, less
tension this time.
HEP progressed: heel raises 2x10, seated knee ext.
P: review in 2/52. If the skin reacts again will swap to a light compression sock.
"""),
("2022-04-05", "Haemodialysis Medical Rounds", """
HD UNIT - medical rounds       05 Apr 2022           Chair 9
Seen on the machine. Shows me a painful purple net-like patch over the L medial calf,
there since 28/3, centre dusky and firm (~1.5cm). She says it came up where the
physio strapping had been, a couple of days after the second lot came off. Exquisitely
tender, pain 9/10 overnight.
Ca 2.52; phos 2.1; iPTH 88. CRP 9, afebrile. Not on warfarin now (stopped years ago).
Imp: ?calciphylaxis; cellulitis less likely.
Plan: urgent derm (Dr Fenwick) for biopsy. Stop calcium carbonate. Message to physio -
no more taping for now.
"""),
("2022-04-19", "Dermatology Consultation", """
DERMATOLOGY CONSULT                     April 19, 2022
71F, HD. Biopsy from L medial calf on 7 Apr; histology = calciphylaxis (calcified
subcuticular arterioles, fibrin thrombi, fat necrosis).
Exam: retiform purpura 5x4cm on the L medial calf with early central necrosis; R leg
clear.
Imp: L medial calf calciphylaxis, onset 28 March 2022, in exactly the footprint left by
the k-tape her physiotherapist put on (first on 14 March, redone 21
March). Adhesive tape trauma is a recognised local trigger.
Plan: thiosulfate on HD days, silicone foam dressing, no tape or compression on the legs,
pain team referral. BMI 28.4.
"""),
]}

M04 = {"patient_id": "M04", "age": 62, "sex": "F", "notes": [
("2021-01-12", "Exercise Physiology Initial Assessment", """
ACCREDITED EXERCISE PHYSIOLOGY - INITIAL ASSESSMENT
Renal Rehab Program, Kestrel Bay Health            12/01/2021
Client: 62 y/o female, HD 3x/wk (Mon/Wed/Fri, 4 h) since 2018 for diabetic nephropathy.
T2DM on linagliptin alone; insulin never required. Nil anticoagulant.
Main issue: dizziness on standing and after dialysis, near-syncope x3. Autonomic
neuropathy per renal team. Mgmt: midodrine pre-HD, and an elastic abdominal binder fitted
over Christmas, worn every day from getting up until bed.
Ax: Ht 161 cm, Wt 106.8 kg, BMI 41.2. BP supine 138/74 -> standing 1 min 112/66,
3 min 108/64, mild sx. 6MWT 268 m w/ 2 rests, RPE 15, SpO2 97%.
Goals: 6MWT > 320 m, independent w/ HEP, fewer orthostatic episodes.
Program: seated cycle 10 min, calf raises at bench, seated marching, sit-to-stand
practice; supervised twice weekly (Tue/Thu).
"""),
("2021-03-02", "Exercise Physiology Session Note", """
EP session 12 - 2 Mar 21
Client reports a painful hard band across her lower tummy, "burning deep in the skin",
since early February, and has now stopped wearing the binder because of it. Inspected
with female staff present: firm violaceous mottled plaques running along the lower
abdomen, following the line where the binder's bottom edge sits, small dark scab
in the middle. Not hot, no discharge.
Session modified: arm ergometer seated 8 min, RPE 11. BP sitting 124/70, standing 106/62
without binder, light-headed -> sat down. Finished early.
Action: emailed renal CNS + GP about the skin; binder stopped until reviewed; no
compression garments meanwhile.
"""),
("2021-03-16", "Nephrology Clinic Note", """
Nephrology clinic - 16 March 2021
Seen with her husband. Derm biopsy of the lower abdominal plaque (05-Mar-21): calcific
uraemic arteriolopathy.
Lesions lower abdomen, onset early Feb 2021, confined to the strip beneath the lower border
of the abdominal binder she had worn daily from 25 Dec. Our view is that sustained pressure
from the binder localised the disease there.
Bloods: adj Ca 2.44, PO4 2.36, PTH 94.
Plan: STS 25g IV, given in the final hour on HD; calcium acetate -> sevelamer; cinacalcet;
HD extended to 4.5 h; binder discontinued for good, midodrine increased; wound nurse;
pain team.
DM: linagliptin, HbA1c 6.8%. Wt 105.1 kg, BMI 40.7.
"""),
]}

M05 = {"patient_id": "M05", "age": 55, "sex": "M", "notes": [
("2019-09-17", "Hydrotherapy Initial Assessment", """
Aquatic physio IA   17/9/19   Brindle St Pool
Ref: L TKR 2017 w/ persisting stiffness + general deconditioning. Dialysis pt.
PMH: ESRD (IgA nephropathy); HD thrice wkly (M-W-F) by R arm fistula. Not diabetic.
Hypogonadism - urology started testosterone enanthate IM every 3 wks; first dose 3 Sep
2019, injected R buttock, upper outer quadrant (R chosen because he sleeps L side down).
O: Wt 98.3 kg, Ht 1.78 m, BMI 31.0. L knee flex 95deg, ext lag -8deg. Antalgic gait,
no aid.
Skin: well-healed midline L knee scar; no wounds. Cleared for the pool.
Rx (33.5C): deep water walking w/ flotation belt, knee flex/ext on the step, noodle
cycling 5 min. Tol well, no adverse sx.
Plan: twice weekly for 6/52, then review.
"""),
("2019-10-22", "Hydrotherapy Session Note", """
Hydro session 9 - 22.10.2019
Before getting in the pool pt showed me a very tender, dark red/purple area, upper
outer R buttock, which he noticed about 10 days ago and says is spreading.
~7 cm, indurated, net-like purple margin, central grey-black patch 2 cm. This is the spot
where his testosterone shots go (3 so far). Pain 8/10 when sitting.
Not appropriate for pool (risk of skin breakdown). Land ex only, in standing; avoided
sitting on the R.
Rang dialysis unit charge nurse and GP. Renal reg to see him on the machine tomorrow.
"""),
("2019-11-08", "Renal-Dermatology Joint Clinic", """
Renal / Derm joint clinic, 8 November 2019
Diagnosis: R buttock calciphylaxis, biopsy-proven (deep incisional bx 29/10/19: medial
calcification of small vessels, septal panniculitis, thrombi).
Onset ~12 Oct, where his IM testosterone went in, first given 03/09/2019 by urology and
repeated 24/09 and 15/10 into the same buttock.
Meds: sevelamer, cinacalcet newly started. No warfarin, no insulin.
Plan: testosterone stopped (urology aware); STS 25g IV post-dialysis x3/wk; dialysis time
increased; wound care to R buttock; offloading cushion; analgesia titrated.
BMI today 31.0 (wt 98 kg).
"""),
]}

M06 = {"patient_id": "M06", "age": 69, "sex": "F", "notes": [
("2024-04-09", "Physiotherapy Initial Assessment", """
Physiotherapy IA (outpatients) - Tues 9 April 2024
PC: R lateral hip pain x 3 months, night pain lying on the R. No fall.
Dx (GP): R greater trochanteric pain syndrome.
PMHx: ESKD on CAPD (4 exchanges/day), non-diabetic, AF on warfarin, OA hands.
Self-mgmt so far: ice pack (bag of frozen peas wrapped in a cloth) on the R lateral hip
20 min, 2-3x daily, since Easter - "it numbs it nicely".
O/E: TTP over R greater trochanter, FADER +, SLS R 6 s with Trendelenburg. Skin over R hip
intact, no redness.
Weight 78kg; BMI 29.6 - overweight.
Rx: glute med isometrics, clams, bridging; load education (no side-lying on R, no
crossing legs). Can keep icing as needed, max 15 min with a towel barrier.
"""),
("2024-05-21", "Physiotherapy Treatment Note", """
Physio Rx #5 - 21/05/24
S: new sharp burning pain at the R outer hip, "different from before"; noticed a dark
patch there early May and has kept icing it because of the pain. Sleeping badly.
O: over R greater trochanter: 4x3cm indurated violaceous patch, net-like purplish
border, dusky centre, skin unbroken. Very TTP. L hip nil of note.
A: new skin lesion in the area she has iced daily. PD pt on warfarin - concerned this is
vascular, not MSK.
P: stop ice today. Letter to PD unit + GP, advised review this week.
Ex: gentle bridging only.
"""),
("2024-06-04", "Dermatology Note", """
Dermatology - 04.06.2024
Referred by PD unit. 69F on CAPD, warfarin for AF.
Hx: painful R lateral hip plaque since early May 2024. Regular ice application to
that exact area since Easter (3/31/24) for trochanteric pain.
O/E: retiform purpuric plaque 5x4.5cm over the R greater trochanter, new central eschar.
Bx (27/5, telescoping punch): calcified subcutaneous arterioles, thrombosis ->
calciphylaxis.
Imp: calciphylaxis R hip, koebnerised where cold was repeatedly applied.
Plan: swap warfarin for apixaban (cardiology happy), STS, dressings, absolutely no cold
or hot packs on skin, analgesia. BMI 29.6.
"""),
]}

M07 = {"patient_id": "M07", "age": 76, "sex": "M", "notes": [
("2018-06-06", "Hydrotherapy Group Session / Incident Note", """
Hydrotherapy group (falls prevention) - session 4, 06/06/2018
Pt (HD, T2DM on insulin) lost his footing on the 3rd pool step on entry and his R shin
struck the step edge, grazing it. No fall to the ground, no head strike.
O: abrasion (superficial) 3x1cm R anterior mid-shin, minor ooze. Cleaned w/ saline,
non-adherent dressing on. Pedal pulses present.
Got out of the pool; completed the land balance circuit instead.
Incident report IR-2206 lodged.
Advice: keep dry, change dressing every 2nd day, show dialysis nurses.
Obs: BP 132/78, BGL 9.4. BMI on file 24.8.
"""),
("2018-07-03", "Haemodialysis Nursing Note", """
HD nursing - 3/7/18, AM shift, chair 4
Pt wanted his R leg looked at. The graze from the pool (early June) had healed over by
about 20/6 per pt. Since 26/6 a new, exquisitely painful purple mottled patch has come up
at precisely that place on his R shin - now 4 cm across with a black centre. Ankle
oedema +.
BGL pre-HD 11.2, insulin taken as usual. No anticoagulants.
Wt post-HD 71.0 kg (down 2 kg).
Nephrologist Dr Abiodun reviwed: ?calciphylaxis vs infected wound. Swab sent; urgent
derm referral faxed.
"""),
("2018-07-17", "Dermatology Consult", """
Derm consult - July 17th 2018
76M on HD, insulin-treated diabetes.
Lesion: R anterior shin, necrotic ulcer 5x4cm, eschar black, retiform violaceous
rim; onset 26 June, arising where a pool-step abrasion (6 June) had just
healed.
Bx 10/7: CUA - calcification and intimal hyperplasia of dermal and subcutaneous
arterioles. Swab: light growth of skin flora only.
Dx: calcific uraemic arteriolopathy of the R shin, koebnerised at the prior abrasion.
Plan: STS during HD; calcium supplements ceased; gentle moist wound care, ABI in the vascular
lab, no sharp debridement for now.
"""),
]}

PATIENTS = [M01, M02, M03, M04, M05, M06, M07]
