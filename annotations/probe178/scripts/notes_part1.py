"""probe178 corpus notes, D01-D07 (group homes, assisted living and disability services,
plus the clinics around them; every person, place and sentence invented)."""

D01 = {"patient_id": "D01", "age": 38, "sex": "M", "notes": [
("2019-06-11", "Residential Nursing Note", """
CRESTLINE COMMUNITY SUPPORTS - RESIDENTIAL NURSING NOTE
Home: Willowmere Ct (6-bed IRA)     Individual: Desmond R.     DOB/Medicaid # on face sheet
Reason for note: first long-acting antipsychotic injection per psychiatry order

Desmond is a 38 y/o man w/ moderate ID, autism spectrum d/o and schizoaffective d/o,
ESRD - hemodialysis at Harlow Kidney Center every Mon, Wed and Fri (L upper arm AVF - no BP or
sticks L arm, sign over his bed). Psychiatry (Dr. Venkataraman) changed oral haloperidol
to haloperidol decanoate because of repeated refusals charted on the MAR since April.

06/11/2019 1410 - haloperidol decanoate 100 mg IM given by this nurse into the R
dorsogluteal muscle (the upper outer part of the R buttock), 21g 1.5 in needle, Z-track.
Desmond tolerated it with 2 familiar staff present, picture schedule + preferred reward (bus
ride after).
No bleeding at site. Next dose due 7/9/19 then q4wks. He will only lie on his L side,
so psych wrote the order for the R glute each time.

VS: BP 142/86, P 78, T 97.9, RR 16. Wt 72.6 kg, BMI 24.7.
No diabetes. No anticoagulants. Allergy: penicillin (rash).
Staff shown how to watch for stiffness, drooling, oversedation and to report redness or
swelling at the injection site. MAR updated. Guardian (brother Marcus) updated by phone.
"""),
("2019-09-03", "DSP Shift Log", """
DAILY SHIFT LOG - WILLOWMERE CT        Shift 7a-3p        Staff: K. Oyelaran, DSP

Desmond up at 0620, ate 100% of bkfst (renal diet, 1 cup fluid). Van to Harlow for
dialysys at 0700, back 1145, sleepy after tx like usual. Note from dialysis RN in his
bag says 3.1 kg off.

Skin: in last nights shower (9/2) overnight staff Luis saw a "dark purple bruised
looking spot" on Desmonds right butt cheek, upper outer part. Today I looked at it with
the house nurse Pam. Its about the size of my palm, hard, purple, with a black
middle roughly quarter-sized. Desmond yelled "owie" and pushed my hand away when touched. He
would not sit in his recliner, stood up to eat lunch.
No falls, no GER this month, nobody knows of any injury.
Pam called Dr. Ostrowski office (PCP) and a derm referral is being faxed. Pam says this
is the same spot where he gets his monthly shot.
Tylenol 650 mg PRN given 1230 per MAR, w/ effect (faces scale 2 after).
House manager texted guardian Marcus.
"""),
("2019-09-12", "Dermatology Consult", """
DERMATOLOGY CONSULTATION
Referring: G. Ostrowski MD (PCP)      With: DSP + house RN; guardian on speaker phone

CC: R buttock - hard, painful, 10 days
HPI: 38M, moderate ID, ASD, schizoaffective d/o, ESRD on HD since 2016 (FSGS), secondary
hyperparathyroidism (PTH 1,140 in July) on calcium acetate. Group home staff noticed it
first on 9/2/2019. Has received haloperidol decanoate IM q4 weeks into the R dorsogluteal
site since 6/11/19 (doses 6/11, 7/9, 8/6). Speaks in single words; grimaces when seated.

Exam: upper-outer R buttock: 9x7 cm plaque, violaceous and indurated, branching
(retiform) margin, central eschar, black, 2.5 cm; he flinches from even a fingertip. Other
buttock, both thighs, abdomen: clear.
Labs drawn at HD 9/9: alb 3.3 g/dL; Ca 9.8 (uncorrected); PO4 7.4 mg/dL.

Procedure: punch (4 mm) x2 along the spreading border, plain lidocaine, held pressure
until dry. Tolerated with staff holding his tablet.
Path (phoned 9/16, addended): subcutis - little vessels with calcified media and
fresh thrombi; von Kossa highlights the mineral. DIAGNOSIS: calciphylaxis, R buttock,
arising exactly at his
depot injection site.

Plan: asked HD unit to begin sodium thiosulfate at every treatment; calcium acetate off;
future depot doses NOT in the R buttock - psych asked to use the L deltoid; wound clinic
referral.
"""),
("2019-10-08", "Hemodialysis Rounding Note", """
HD ROUNDING NOTE - Harlow Kidney Center, chair 14
38 y/o M; FSGS led to ESRD; dialyzes here MWF through a L brachiocephalic fistula; calciphylaxis
of the R buttock proven on derm biopsy (Sept 2019) where his haloperidol decanoate shots went.

S: Group home staff say he sleeps better since STS began; still won't sit on the R side.
Agency wound RN does dressing changes q48h (calcium alginate + bordered foam).
O: BP pre 151/88, post 128/76. EDW 70.5 kg. BMI 24.2.
Eschar unchanged 3x2.5 cm, induration around it softer on wound clinic photos.
Labs 10/7: Ca 8.9 / PO4 5.6, iPTH 980, Hb 10.4; single-pool Kt/V 1.4 (adequate).

A/P:
1. Calciphylaxis - STS 25 gm IV, infused across the last 60 minutes of each run, now week 4,
   mild nausea only; continue. Cinacalcet 30 mg started; sevelamer has replaced Ca acetate.
2. Psych moved the depot to the L deltoid on 10/1 - fine from renal standpoint.
3. Pain - acetaminophen around the clock; hydromorphone small PRN doses via house RN.
4. Avoid warfarin / vitamin K antagonists going forward.
"""),
]}

D02 = {"patient_id": "D02", "age": 52, "sex": "F", "notes": [
("2019-11-28", "Incident Report (GER)", """
GENERAL EVENT REPORT (GER)        Northgate Living Services
Individual: Rosalind P.           Location: Birchfield House, dining room
Date/time of event: 11/28/2019 (Thanksgiving) approx 1740      Reporter: A. Mbeki, DSP

Description: During Thanksgiving dinner Rosalind reached across the table for the gravy
boat and tipped a mug of just-poured coffee into her lap. The coffee
soaked through her leggings onto her RIGHT front thigh. She screamed and stood up.

Immediate action: leggings off, cool running water over the area about 15 min as taught in
first aid class. Area red, approx 8x6 cm, 2 small blisters. On-call RN (Gwen T.) came to
the house at 1830: superficial partial thickness burn R anterior thigh, blisters left
intact. RN dressed it with plain petrolatum gauze and a loose wrap (pt has sulfa intolerance
so no silver sulfadiazine).

Notified: house manager, guardian (mother, Mrs. Pell), PCP answering service.
Follow-up: RN to check daily; staff to keep the wrap dry during her PD cycler hookup tonight.
Prevention: hot drinks served in lidded travel cups at the table for everyone; coffee pot
stays on the kitchen counter.
"""),
("2020-01-09", "Dermatology Consult", """
Dermatology clinic - new patient               Date of service 1/9/2020
Pt: Rosalind Pell, 52 F, Down syndrome, lives in a group home (DSP present, guardian/mother
by phone). Referred by PCP: "non healing burn R thigh, now turning black".

HPI: On Thanksgiving she spilled hot coffee on her R front thigh; the burn was healing with
petrolatum dressings from the house RN. About 3 wks ago staff saw a new purple, very painful
area develop inside the healing burn, now with dark crust. She points at it: "hurts, hurts".
ESRD (presumed chronic GN) on CCPD at the home via cycler since 2017, staff trained.
T2DM on linagliptin, no insulin. Hypothyroid. Never on warfarin.

Exam: R anterior mid thigh 10x7 cm stellate violaceous plaque, firm subcutaneous
induration, 3x2 cm adherent black eschar; outline of the old burn still visible, lacy
livedo spreading past it medially. L thigh normal. PD catheter exit site clean.
BMI 33.1 (obese).

Biopsy: 6 mm punch, deep, at the lesion margin.
Path 1/14 (addendum): mural calcium in tiny subcutaneous vessels, fat necrosis around them -
calciphylaxis.

A: calciphylaxis R anterior thigh, arising within the Thanksgiving scald burn
(Koebner-type localisation).
P: wound care referral, no debridement for now, pain plan, PD team re sodium thiosulfate.
"""),
("2020-01-30", "PD Clinic Note", """
PERITONEAL DIALYSIS CLINIC - monthly visit
Rosalind, 52 F, here with DSP Ana and the house RN Gwen.
CCPD 5 cycles x 2 L overnight, last fill 1 L, UF about 700 mL/night; cycler log reviewed.

Interval hx: new dx of calciphylaxis (derm biopsy Jan 2020) R thigh, in the Thanksgiving burn
site. Pain limits transfers - staff now use a sit-to-stand aid.

Vitals: BP 138/80, HR 84, weight 84.0 kg (BMI 32.8). Exit site clean and dry, nothing crusted.
Labs: Ca 10.2 (H) / PO4 6.1, iPTH 612, albumin 3.0; Kt/V for the week 1.8.

A/P:
- Calciphylaxis: STS 25 gm IV Mon/Wed/Fri at the Eastbrook infusion
  suite; stop calcium carbonate, start sevelamer; cycler bags switched to the 2.5 mEq/L
  calcium solution. - DM: A1c 6.9 on linagliptin alone, insulin not needed.
- Wound clinic following; other thigh and pannus clear on today's check.
- Guardian (mother) asked about outlook - discussed frankly, palliative consult offered and
  accepted.
"""),
]}

D03 = {"patient_id": "D03", "age": 61, "sex": "M", "notes": [
("2017-03-14", "ICF/IID Quarterly Nursing Review", """
QUARTERLY NURSING REVIEW - ICF/IID        Pineview Cottage, Unit B
Individual: Gerald H., 61 M
Dx: cerebral palsy (spastic quadriplegia), profound ID, nonverbal, seizure d/o (controlled),
ESRD (HD Tue/Thu/Sat, started 2014), atrial fibrillation on warfarin, GERD, osteoporosis.

Events this quarter:
- Admitted to St. Columba Hospital in Feb 2017 for aspiration pneumonia; SLP found swallow
  unsafe. PEG tube placed during that stay (February), 20 Fr, sits in the L upper abdomen.
  Now NPO except oral swabs.
- Feeds: Nepro 55 mL/hr x 18 hr by pump, water flush 30 mL q4h (fluid restriction).
- INR goal 2-3; this quarter 2.4, 3.6 (one dose held), 2.2.

Skin: PEG site with scant serous drainage, split gauze daily, no redness.
Coccyx, heels, ears intact. Turned q2h per positioning plan, tilt-in-space chair.
Wt 52.3 kg, ht 163 cm (arm-span estimate) -> BMI 19.7.
No diabetes, no insulin.

Plan: continue; dietitian to re-check feed rate; GI follow-up for PEG in 3 months.
IDT and QIDP notified of changes.
"""),
("2017-05-16", "Wound Care Clinic Note", """
Wound & Hyperbaric Center - initial visit
Gerald H., 61 M, from an ICF/IID, with DSP Tomasz and the house LPN; guardian is the state
public guardian office, consent by phone.

Hx: PEG placed Feb 2017. Starting in April staff saw a purple firm area next to the tube
that "spread and went black". He grimaces and moans when turned toward the R.
Dialysis-dependent ESRD; takes warfarin for AF. BMI 19.7.

Exam: LUQ abdomen, 1-3 cm lateral and below the PEG stoma: 7x5 cm necrotic plaque,
black eschar 4x3 cm, violaceous rim with livedo running toward the L flank edge.
Stoma itself granulating; external bumper not tight (turns freely, about 1 cm play).
No fluctuance.
Impression: this is not a bumper pressure injury - the pattern and deep induration look
like calciphylaxis arising at the PEG insertion site. Needs tissue.

Plan: derm for deep incisional biopsy; no debridement until dx; nephrology told; keep dry,
bordered foam, change q3 days.
"""),
("2017-06-06", "Nephrology Note", """
Nephrology - dialysis unit note
Gerald H., 61 y.o. M, ESRD, HD TuThSa at Ridgeway Dialysis via L upper arm graft.
Derm incisional biopsy 5/23/17 of the LUQ plaque: calciphylaxis (calcified arterioles,
thrombosis, septal panniculitis). The lesion sits at the PEG insertion site (tube placed Feb).

Risks: warfarin for AF since 2012, albumin 2.9, high Ca x P product.
Meds: warfarin 3 mg daily, levetiracetam, calcitriol 0.5 mcg, calcium acetate via PEG,
omeprazole, Nepro feeds.

Plan:
1. Thiosulfate (STS) 25 gm IV at every dialysis session.
2. Stop calcitriol and calcium acetate; sevelamer powder via PEG.
3. Change warfarin to apixaban, dose 2.5 mg bid, after talking with cardiology and the
guardian; last warfarin dose today.
4. Low calcium bath 2.0.
5. Palliative care referral per the ICF team's request.
BMI 19.5. No DM.
"""),
]}

D04 = {"patient_id": "D04", "age": 29, "sex": "F", "notes": [
("2022-08-17", "Behavior Support Progress Note", """
BEHAVIOR SUPPORT - MONTHLY DATA REVIEW
Individual: Keisha M. (29 F)     Clinician: D. Fairweather, BCBA
Residence: Cedar Hollow (4-person home, 1:1 staffing on day shift)

Target behavior: self-biting (hand-to-mouth, teeth on skin).
Baseline Jan-Jul 2022: no episodes recorded (last one was in 2020).
Since her day program closed for renovation, biting came back on 8/3/22. Data 8/3-8/16:
27 episodes, all to one place - the back (dorsal) side of her LEFT mid forearm.
House RN charted bite marks, bruising and an open scrape there on 8/12.

Function (ABC data): escape from transitions + automatic. Highest right before the
dialysis van pickup Mon/Wed/Fri mornings.

Plan changes: first/then picture strip for the van; tablet with her preferred videos on the
ride; chewy tube offered at first sign; staff redirect with a calm voice, no blocking
holds. No restrictive procedures. Guardian (aunt) agreed at IDT 8/16.
Next review 9/21.
"""),
("2022-09-20", "House Nurse Note", """
NURSING NOTE - Cedar Hollow        9/20/22 15:30
Keisha M., 29 F. Severe ID, autism, ESRD (bilateral renal dysplasia) on HD M-W-F (tunneled
catheter, R chest). No DM, no anticoagulants.

Called in by DSP Ronnie re: new dark spot on her L forearm. Staff say it showed up 4 days
ago as a pink hard bump and has got darker; she won't let anyone touch that arm and holds
it against her chest. Biting episodes down to 3 this week per data sheet.

Assessment: L dorsal mid forearm 4.5x3 cm indurated purple plaque, center dusky grey,
skin intact, not warm, no streaking, no fluctuance. Radial pulse 2+. Temp 98.4 F.
Very tender (FLACC 7).
Wt 48.1 kg / ht 147 cm, BMI 22.3.
Labs from HD last Wednesday: Ca 10.4, Phos 8.2, PTH 1,520.

Plan: photo sent to PCP; urgent derm appt got for 9/29. Loose gauze cover only.
BCBA and guardian aunt informed.
"""),
("2022-09-29", "Dermatology Consult", """
DERMATOLOGY
Pt: Keisha M., 29 y.o. female, with 2 staff and her aunt (legal guardian).
CC: painful purple plaque L forearm since mid Sept.

HPI/ROS limited - nonverbal; history from staff and records. ESRD on HD since age 24,
PTH in the 1500s, phos 7-8 despite binders, on calcitriol. No warfarin, no diabetes.

PE: L dorsal forearm, middle third: retiform violaceous plaque 5x4 cm, star-shaped
necrosis centrally, and thin eschar; mottled livedo at the margins. Scattered older scars
on the dorsal L forearm. R arm, legs and trunk without lesions.

Procedure: two 4-mm punches, topical + local anesthetic, 2 staff assisting per her behavior
plan (no restraint used).
Path 10/3: arteriolar medial calcification, intraluminal thrombi, calcified subcutaneous
fat - consistent with calciphylaxis.

Impression: proven calciphylaxis, distal site (forearm) - unusual location.
Plan: nephrology called - STS with HD, stop calcitriol, add cinacalcet; agency wound RN
visits; no adhesive directly on skin. BMI 22.3.
"""),
]}

D05 = {"patient_id": "D05", "age": 67, "sex": "F", "notes": [
("2023-08-22", "Assisted Living RN Note", """
MAPLE TERRACE ASSISTED LIVING (DD wing) - RN NOTE            08/22/2023
Resident: Dolores V., 67 F. Mild ID, HTN, T2DM on insulin (glargine 14 u qHS given by the
med tech, abdomen sites rotated), ESRD on HD MWF at Corliss Dialysis. BMI 36.4 - obesity.

Resident told the med tech yesterday (8/21) at evening med pass "my sides hurt where the
pads are" and two purple patches were seen. Today: L outer hip (over the trochanter bone)
6x5 cm and R lateral hip 4x4 cm, both violaceous, firm, net-like border, R with a small
central blister. Pain 8/10.
She has worn padded hip-protector briefs every day since spring 2023 after the PT fall-risk
evaluation - the pads ride right over both trochanters. Briefs are snug; she has gained
weight since they were sized.

Action: hip protectors off for now, loose gown. PCP and nephrology notified. Wound clinic
appointment 9/5. Sister/guardian Lorraine told by phone.
VS T 98.1 BP 150/72 HR 80 SpO2 96% RA.
"""),
("2023-09-05", "Wound Clinic Note", """
Outpatient Wound Center - new patient
Dolores V., 67 F, with the assisted living med tech. Referred by Dr. Haddad (nephrology).

Hx: bilateral lateral hip lesions first noticed 8/21/23. Has worn hip protector briefs
(padded shields over the trochanters) since spring for fall prevention.
ESRD with HD; diabetes type 2 on insulin; obesity (today 97.5 kg, BMI 36.1). Never on warfarin.

Wounds:
#1 L lateral hip - 7.0x5.5 cm, 60% black eschar, 40% violaceous indurated rim, livedo.
#2 R lateral hip - 4.5x4.0 cm, eschar 1.5 cm centrally, purpuric rim.
Both very painful, no odor, no pus. The distribution matches exactly where the hip
protector pads pressed; clinically calciphylaxis localised to those pressure points.

Bx: 4 mm punch x1 at the L hip margin (guardian consent by phone).
Addendum 9/8: path shows calciphylaxis - small subcutaneous vessels carry calcium deposits
that stain with von Kossa.

Plan: no hip protectors; pressure-free positioning; nephrology to start STS; calcium-free
binder; weekly wound visits.
"""),
("2023-09-14", "Guardian Communication", """
GUARDIAN CONTACT LOG           Service coordinator: P. Lindqvist
Guardian: Lorraine V. (sister)      Method: phone, 22 min

Called Lorraine to go over the biopsy result from the wound center. Explained in plain
words that Dolores has calciphylaxis, a serious problem in people on dialysis where small
blood vessels in the skin fill with calcium and the skin dies. The wound doctor thinks the
hip protector pads she wore since this spring pressed on both hips and the sores came up
right under them.
Lorraine asked if staff did something wrong. Explained the briefs were recommended by PT
for her falls and nobody knew of this risk; a GER was filed so the agency can review.
Agreed plan: no padded briefs; low bed + floor mat for fall risk instead; dialysis unit giving
sodium thiosulfate with every treatment; home health wound RN 3x/week; pain plan reviewed
with the PCP. Lorraine wants a call every month.
ISP amendment to be drafted; IDT meeting set for 9/21.
"""),
]}

D06 = {"patient_id": "D06", "age": 48, "sex": "M", "notes": [
("2018-01-02", "House Nurse Note", """
RN NOTE - Hawthorne St. home (Riverstone Arc)           1/2/2018
Individual: Vincent D., 48 M, fragile X syndrome with moderate ID, anxiety, ESRD since 2015 -
chair time Mon-Wed-Fri at the dialysis center, R forearm AVF, HTN, T2DM.

Back from Mercy Vale Hospital 12/30 (hyperglycemia, A1c 10.8); oral agents stopped and
insulin glargine 12 units SC daily at 0800 ordered. First dose at the home was given by this
RN on New Year's Day (1/1/18), after training of the med-certified staff.
Vincent will not tolerate shots in his belly (tactile defensive, hits at his stomach), so per
PCP order and OT sensory input the sites are both posterior upper arms (triceps area),
alternating L and R each day, logged on the MAR site map.
Today's dose given L posterior upper arm; tolerated w/ deep-pressure hug and countdown.
Fasting fingerstick 186.

VS: BP 136/84, P 88. BMI 31.6 (obese), weight 101.2 kg.
Plan: fingersticks before breakfast + at bedtime; low sugar protocol posted in med room; RN
to audit MAR daily x 1 week.
"""),
("2018-04-03", "House Nurse Note", """
RN NOTE - Hawthorne St.            04/03/18
Vincent D. Staff say he has been guarding his L arm and pulling away at med pass since
mid-March; they thought it was behavioural. Today he pointed out a "sore" to this RN,
L upper arm, back side.

Skin: L upper arm (posterior), mid-triceps level - 3x3.5 cm firm violet nodule/plaque, 1 cm dark
centre, lacy purple rim; a few small nodules felt nearby. R arm no lesions. Not warm, T 97.6.
Insulin glargine 14 u daily (increased in Feb), fingersticks 120-170.
Meds: sevelamer 1600 with each meal, calcitriol, amlodipine, sertraline. No warfarin.
Wt 99.8 kg, BMI 31.2.

Plan: hold injections in the L arm pending eval - R arm only for now (PCP phone order);
derm appt 4/12; dialysis RN made aware; guardian (mother) informed.
"""),
("2018-04-12", "Dermatology Consult", """
DERMATOLOGY CLINIC
48 y/o M, fragile X; ESRD on hemodialysis; T2DM, insulin since Jan. With DSP and house RN.
L posterior upper arm lesion, first noted mid-March 2018, growing, painful.

Exam: L arm, posterior aspect - 4.5x4 cm purpuric, indurated plaque, netlike at the border,
black eschar, 1.5 cm, sits mid-plaque; two satellite subcutaneous nodules just above it. R
posterior arm: faint mottling, nothing firm. No lesions on thighs or abdomen. BMI 31.2
today.

Punch biopsy (6 mm), L arm margin.
Path: heavy mural calcium in arterioles (dermal and subcutaneous), intimal thickening,
thrombi; von Kossa +. Diagnosis = calciphylaxis.

Plan: nephrology - begin STS at dialysis, calcitriol off; dressings only, sharp debridement
deferred; pain: acetaminophen + low dose oxycodone PRN. Return 3 weeks.
"""),
]}

D07 = {"patient_id": "D07", "age": 44, "sex": "F", "notes": [
("2021-09-14", "Incident / Injury Report", """
INCIDENT / INJURY REPORT          Sunrise Day Habilitation - transportation
Person served: Annette K.     Residence: Fairhaven CRA (Lenox Ave)
Date: 14-Sep-2021     Time: 15:05     Location: day hab parking lot, van #3 wheelchair lift

What happened: Annette walks with a rollator and was standing on the lift platform. While it
was going up she stepped forward too soon and her LEFT shin struck the metal edge of the
lift gate. She said "ow ow" and cried.

Injury: L shin (front, middle third) - abrasion 3 cm, bleeding stopped with pressure (she
takes warfarin), swelling and a bruise developing about 5 cm across. No fall, no LOC.
First aid: cleaned with saline, non-stick pad and bandage.

Notified: residential nurse (J. Abara), guardian (father), day hab director.
Follow-up: INR check asked for tomorrow. Drivers to be retrained - person served stays
seated or holds both rails until the gate is fully up.
"""),
("2021-10-04", "ED Provider Note", """
ED PROVIDER NOTE - Lakeshore Regional
44F with Down syndrome, mild-moderate ID, recurrent DVT/PE on warfarin since 2015,
hypothyroidism, obesity (BMI 42.7), brought in by group home staff for a worsening black
wound on her L shin. Staff: she hit the shin on a van lift 9/14; a new painful purple area
started 9/28 and has darkened and spread. No fever.

Exam: temp 37.0 C, pulse 92, BP 128/74. L anterior shin: violaceous retiform plaque 8x6 cm
around a 3 cm eschar, tender out of proportion; livedo around it. Pedal pulses palpable.
No crepitus.
Labs: INR 2.8, creatinine 0.7 - eGFR over 90 - Ca 9.6, PO4 3.4, WBC 8.1, CRP 24. A1c 6.0 -
prediabetes range per PCP, not on any diabetes meds.

MDM: worry is calciphylaxis without kidney disease (she has warfarin + obesity) - the other
thought is warfarin-induced skin necrosis; necrotizing fasciitis felt unlikely (looks
well, afebrile). X-ray: no soft tissue gas.
Derm paged - urgent outpatient biopsy slot.
Dispo: back to group home with dressing instructions; no antibiotics.
"""),
("2021-10-19", "Dermatology Consult", """
DERM CONSULT         10/19/2021
Annette K., 44 F, Down syndrome, group home resident. Normal kidney function, no dialysis.
L shin lesion - began 9/28/21 inside the bruise left by the van-lift injury of 9/14/21.

Exam: L mid anterior shin 9x7 cm necrotic plaque, eschar 4 cm, black; retiform
purpura encircles it; R leg clear. BMI 42.4.

Biopsy (telescoping punch today): subcutaneous fat with calcified small arterioles, fibrin
thrombi, no vasculitis. Protein C/S within range (drawn on warfarin - read with caution).

Dx: L shin calciphylaxis (non-uremic) - arose where the lift gate struck her; warfarin and
obesity as risk factors.
Plan: hematology switched warfarin to apixaban today; IV STS 3x/week at the infusion centre;
wound clinic referral; group home RN does dressings; guardian informed by phone.
"""),
]}

PATIENTS = [D01, D02, D03, D04, D05, D06, D07]
