"""probe171 corpus notes, C01-C07 (social work, chaplaincy, care coordination and the clinics
around them; every person, place and sentence invented)."""

C01 = {"patient_id": "C01", "age": 58, "sex": "F", "notes": [
("2019-04-02", "Home Dialysis Care Coordination Note", """
HOME THERAPIES PROGRAM - CARE COORDINATION
Wexbury Home Therapies, suite 4B          Coordinator: T. Marchetti, RN CCM

Reason for contact: 30-day check after graduation from CCPD training.
58 yo F, ESRD 2/2 lupus nephritis, began nightly cycler PD March 2019 after 6 wks
of training. Lives w/ husband Dale in a 2nd floor walk-up, no elevator. Supply
delivery set for the first Tuesday of each month; boxes kept in the spare room.

ESA: darbepoetin alfa 40mcg subQ q14 days, self-given at home since March 2019.
She prefers to inject into the posterior aspect of her left upper arm ("I'm
right handed and
the belly belongs to the catheter"). Reviewed rotating sites wiht her; she nodded but
said the arm "works fine". Will re-teach at next clinic.
Clinic scale 88.9kg, body mass index 33.1.

Barriers identified:
- stairs w/ 5 L bags -> husband carries
- ESA copay $140/month, pt has been splitting payments
- Medicare coverage begins after 3rd month of home tx

Plan: referral to renal SW for copay foundation app; phone f/u in 2 wks;
next monthly PD clinic 4/30.
"""),
("2019-07-02", "Renal Social Work Progress Note", """
RENAL SOCIAL WORK - PROGRESS NOTE
Seen face to face at monthly PD clinic, ~35 min.

Pt tearfull at start of visit. Describes an awful sore spot behind her L arm,
began 3 wks ago; "it burns all night and I can't lay on that side." Says
pain is 9/10 at night, she is sleeping 2-3 hrs, and has skipped her last cycler
exchange twice because she could not get comfortable hooked up. Husband at bedside,
appears worn out, states he has been sleeping on the couch.

PHQ-9 today = 14 (moderate). Denies SI/HI. No hx of psych tx.
Copay grant from the kidney foundation approved 6/12, ESA now $0 copay.

Assessment: adjustment difficulty w/ new pain and sleep loss, caregiver strain.
Interventions: supportive counselling, validated feelings, reviewed sleep hygiene,
gave caregiver support group flyer (2nd Thurs, library annex).
Spoke w/ PD RN Jolene who will ask Dr. Anand to look at the arm today.

Plan: SW f/u 1 wk by phone, repeat PHQ-9 in 1 mo, offered outpatient counselling
referral - pt will "think about it".
"""),
("2019-07-19", "Nephrology Clinic Note", """
NEPHROLOGY / HOME PD CLINIC

CC: L arm wound, pain.
HPI: 58F w/ ESRD from lupus nephritis on CCPD since 3/2019 (no DM, never on
warfarin), seen 7/2 for a painful posterior L upper arm lesion (onset ~6/11/19).
Derm punch bx 7/10/19 (Dr. Pruett) - calciphylaxis: tiny subcut arterioles
mineralized in their media, clot plugging them, fat necrosis round about.

Exam: BP 151/88, P 84, afebrile. 88.1 kg today (BMI 32.8).
Posterior L upper arm: ulcer 3.5x2.8cm, stuck-on black eschar, dusky violet
indurated rim, exquisitely tender. It is centered on the very area she chose for
her darbepoetin self-injections every other week since March. No other lesions.

Labs 7/15: Ca++ 10.2 | PO4 6.7 | albumin 3.1 | Hb 10.4; PTH-intact 890
PD adequacy (June): Kt/V/wk = 1.9, residual UO ~600 mL

A/P:
1. Calciphylaxis, biopsy proven, posterior L upper arm at her ESA injection site.
 - stop home self-injection; clinic RN to give ESA, avoid L arm
 - sodium thiosulfate intraperitoneal per protocol
 - change calcium carbonate to sevelamer carbonate 1.6 g with meals; cinacalcet
   up from 30 to 60 mg daily
 - wound clinic referral, palliative care for pain
2. Depression - followed by SW, appreciate help.
RTC 2 wks.
"""),
]}

C02 = {"patient_id": "C02", "age": 67, "sex": "F", "notes": [
("2021-03-09", "Chaplain Spiritual Care Note", """
SPIRITUAL CARE - DIALYSIS UNIT VISIT
Chaplain R. Okonkwo-Hale, BCC

Visited pt chairside during her 2nd hour of treatment (MWF 2nd shift), at her
request via the unit SW. Pt is a lifelong Catholic, parishioner of Our Lady of the
Sheaves. Her husband Ray died last autumn after a long illness; this is our
first visit since the funeral.

She spoke at length about her marriage (46 yrs) and about feeling "half gone."
Since the fall she has kept a nightly rosary for him, kneeling on the bare tile of
her kitchen floor in front of a small shrine, often close to an hour. She refuses a
cushion: "it's my offering for him." Acknowledges both knees ache afterward "but
that's nothing."

FICA: Faith central; Importance high; Community - parish, though she has not been
to Mass since Christmas (transport); Address - welcomes chaplain visits.

Assessment: normal grief w/ strong ritual coping; loneliness; no spiritual distress
voiced. Interventions: presence, life review, prayer offered and accepted, offered
to ask the parish about Communion brought to the home.
Plan: return visit in 3-4 wks; SW aware of transport barrier.
"""),
("2021-06-01", "Dermatology Clinic Note", """
DERMATOLOGY - FOLLOW UP (results visit)

Woman, 67, ESRD; her HD days are Mon/Wed/Fri, R arm brachiocephalic AVF; T2DM
treated w/ linagliptin (never insulin); AF, takes Coumadin; obesity. Referred
by nephrology; initial visit 5/20/21
for painful lesions over both knees, present since Mother's Day. She had two
punch biopsies (4 mm) done then.

Path (5/24/21): in both cores the small subcutaneous vessels are ringed by
calcium, w/ intimal thickening, thrombi and necrosis of fat lobules (calcium
proven by von Kossa). Dr. Imre signed it out as calciphylaxis.

Exam: Ht 5'3", Wt 97.9 kg, BMI 38.7. Anterior R knee: star-shaped purple
plaque 4x3cm, black eschar in the middle. L knee: 3 x 3 cm retiform purpura, early
ulceration at the center. Faint livedo on the distal anterior thighs bilat.
Biopsy sites healing.

Imp: Calciphylaxis, anterior knees bilaterally, biopsy confirmed.
Plan:
- discussed w/ Dr. Vasquez-Lind (nephro): sodium thiosulfate 25g IV, given w/
her HD three times a week
- ask cardiology re stopping Coumadin
- wound RN: xeroform + foam, gentle wraps, NO compression
- pain: nephrology to manage
Return visit in a month, sooner if worse.
"""),
("2021-06-22", "Chaplain Spiritual Care Note", """
SPIRITUAL CARE - FOLLOW UP, dialysis unit

Pt asked for me. Was dozing on arrival, woke and took my hand.
She tells me the doctors have named what is on her knees "calci-something," and
that the sores will be slow. She repeated the word carefully: calciphylaxis. She is
getting a new medicine through the machine each treatment.

What grieves her most is that she cannot kneel anymore. The rosary is now said
sitting in Ray's recliner, and she worries this is "less". We talked about the
many postures of prayer in her tradition and about the parish priest's permission
to pray as her body allows. She laughed for the first time today when recalling how
Ray fell asleep through every midnight Mass.

Assessment: spiritual distress r/t loss of a meaningful practice; anticipatory fear
about the wounds; hope remains.
Interventions: reflective listening, blessing offered and received, rosary from the
chapel left at chairside.
Plan: weekly visits during her treatment for the next month. Shared w/ SW Dana T.
"""),
]}

C03 = {"patient_id": "C03", "age": 49, "sex": "M", "notes": [
("2022-12-18", "ED Provider Note", """
EMERGENCY DEPARTMENT - Calder Memorial

CC: burn to leg
HPI: 49-year-old man, kidney failure, HD Tu/Th/Sat (last tx yesterday, full
run), DM2 on insulin glargine,
presents w/ painful burn L lower leg. Electricity at his rental shut off ~1 wk ago
for nonpayment; he has been heating the living room w/ a borrowed electric space
heater set beside the couch. Fell asleep last night w/ his L leg against the
heater, woke at 0300 w/ pain and blisters. No LOC, no ETOH.

Vitals: BP 166/94  HR 92  RR 16  T 36.8  SpO2 98% RA  FSBG 212

Exam: L lateral calf: partial thickness burn 6x4 cm, several intact bullae, two
unroofed showing a pink, wet base. No circumferential involvement. Distal pulses
dopplerable. Rest of skin intact.

BMP: potassium 5.3, urea N 48, creat 7.9, gluc 219.

MDM/Plan: superficial partial thickness burn ~1% TBSA, not a burn center transfer.
Cleansed, large bullae left intact, silver dressing applied. Tdap UTD per pt
(2020). Oxycodone 5 mg x 6 tabs. Burn clinic f/u 12/22.
SW consult - heat/utilities, pt agreeable.
Dispo: home, keep next HD on Tue.
"""),
("2022-12-20", "Dialysis Social Work Note", """
DIALYSIS SW NOTE - Elmore Street Dialysis
Met w/ pt chairside, 1st hr of tx, follow up to ED SW referral.

Pt reports the power company shut his service off the week of 12/12 for a $611
balance. He used a space heater lent by a neighbor and burned his left calf on it
Saturday night; ED dressed it and he shows me the bandage. Says he is "embarrassed
about the whole thing."

Actions today:
- called utility's medical certificate line; nephrologist signed the life-support
  / medical necessity form; service restored this morning per pt's text from
  neighbor.
- LIHEAP crisis application completed w/ pt, faxed 11:42.
- gave budget counselling handout, referral to the Tri-County energy fund.
- space heater safety reviewed: 3 ft clearance, never while asleep.

Pt states he will keep his burn clinic appt 12/22 - transport booked through
Medicaid ride line, pickup 9:15.
PHQ-2 = 1. No food insecurity reported.
Plan: SW check-in Thursday chairside; will confirm LIHEAP decision.
"""),
("2023-02-21", "Wound Clinic Note", """
WOUND CARE CENTER - established pt

49 M (HD TTS, DM2 on glargine), sent back to us by burn clinic.
Hx: superficial partial thickness burn L lateral calf from a space heater on
12/17/22; followed in burn clinic and fully re-epithelialized by mid-January
(pink, flat scar).
Since early February pt noted sudden severe pain in the scar, then a hard black
patch w/ purple net-like skin around it, all inside the old burn area.
Punch bx 2/14/23 (Dr. Faraday, derm): calcified small vessels, thrombosed, plus
a septal panniculitis; read as calciphylaxis.

Exam: BMI 27.4. L lateral calf: dry black eschar 3.8x2.6 cm inside a 9x6 cm
field of retiform purpura, margins confined to the previous burn scar. Dry,
not boggy. Pedal pulses 1+.

Assessment: calciphylaxis arising within the healed space heater burn, L lateral
calf. Pain 8/10.
Plan:
- leave eschar dry/stable, betadine paint + dry gauze daily
- nephrology notified, STS to start w/ HD
- keep space heaters, heating pads and hot soaks away from the legs
RTC 1 wk.
"""),
]}

C04 = {"patient_id": "C04", "age": 71, "sex": "M", "notes": [
("2017-05-12", "Case Management Discharge Planning Note", """
CASE MANAGEMENT - DISCHARGE PLANNING
Unit 5 West, St. Brannock Medical Center

Pt: 71 M adm 5/8/17 w/ NSTEMI. ESRD; his chair at Linden Ave Dialysis is M-W-F,
HTN, no diabetes. LHC 05/09/2017 via R femoral approach: 2-vessel CAD, medical
management per cardiology. Echo: apical LV thrombus -> warfarin started 5/10,
goal INR 2-3. Access site checked by RN this am, soft, no bleeding.

Home: lives w/ wife (Marlene) in a ranch house in Crestmoor, no steps. Wife
drives. Ambulates independently.

Needs/arrangements:
1. INR checks - dialysis unit agreed to draw INR with Monday labs; results to
   Dr. Petrakis's anticoag clinic (fax confirmed).
2. Dialysis - resumes MWF chair time 11:30 on 5/15; facility updated w/ new
   meds.
3. Home health RN 2x/wk x 2 wks for med teaching (warfarin, new beta blocker).
4. Cardiac rehab referral deferred until after first clinic visit.

Insurance: Medicare A/B + supplemental, no auth needed for HH.
Pt and wife agree w/ plan. DC home today after HD.
"""),
("2017-06-06", "Dermatology Inpatient Consult", """
DERMATOLOGY CONSULT - inpatient

Requesting: Dr. Haldane, hospital medicine. Q: painful groin lesion.

71M, ESRD (HD), CAD w/ LHC 5/9/17, LV thrombus on warfarin since 5/10, no DM.
Readmitted 6/1 for pain control. On 5/30/17 pt felt a sore, firm knot in the R
groin that darkened within days. This lies precisely over his right femoral puncture
site from the 5/9 catheterization.

Exam: T 37.1, BP 138/76. 96 kg / 176 cm; BMI 31.0.
R inguinal crease: firm purple plaque 5x3.5 cm, starburst of necrosis at its
center, livedo around it; cannot tolerate even the sheet on it. No pulsatile
mass (US 6/1: no
pseudoaneurysm). No other skin lesions.

Bx 6/2 (6 mm punch, incisional edge): calcified walls of subcutaneous
arterioles, microthrombi, necrotic fat. Consistent w/ calciphylaxis.

Impression: calciphylaxis at the R femoral catheterization site, in a pt newly
started on warfarin.
Recs:
- discuss warfarin alternatives w/ cardiology (heparin now, then decide)
- IV thiosulfate w/ every dialysis run (nephrology will write it)
- wound care: moist nonstick dressing; hold off on sharp debridement
Will follow.
"""),
("2017-06-20", "Chaplain Note", """
CHAPLAINCY - inpatient visit, 5 West

Referred by RN for pt's expressed fear at night. Pt and wife (Marlene) present.
Pt is a lifelong Methodist, deacon at his church for many years.

Pt explained the wound in his groin "is calcium in the little blood vessels," and
that the dermatologist called it calciphylaxis. He has read online that it can be
fatal and could not sleep. Wife cried quietly. They asked whether it was wrong to
hope.

We talked about what hope looks like for them now: getting home for their 50th
anniversary in August, seeing their grandson graduate. Pt wants full treatment for
now; not ready to discuss hospice but agreed the palliative team may visit.

Assessment: fear and anticipatory grief; strong faith community; couple supportive
of each other.
Interventions: listening, normalizing fear, prayer w/ laying on of hands per pt
request, contacted his pastor (Rev. Alcott) w/ permission.
Plan: follow up Thursday; palliative consult placed by team today.
"""),
]}

C05 = {"patient_id": "C05", "age": 62, "sex": "F", "notes": [
("2024-01-17", "Dialysis Facility Care Coordination Note", """
CARE COORDINATION / INCIDENT FOLLOW-UP
Pellham Road Kidney Center           Written by: facility administrator + SW

Event: Pt slipped on ice in our parking lot on MLK Day at approx 0615 while walking
from the paratransit van to the door for her 0630 chair. Fell backward, landing on
her right buttock. No head strike. Charge RN assessed in the lobby: large bruise
over the right buttock, full ROM hips, walked in w/ her cane. BP 142/80. Pt
declined ED, completed her run.

Today (Wed) pt reports soreness sitting, bruise "going green." Denies dizziness.
Incident report #24-0117 filed. Facilities salted and sanded lot; added handrail
request to the building owner.

SW follow-up:
- pt lives alone, daughter 40 min away
- paratransit will now pull to the covered entrance (called dispatcher, confirmed)
- offered home safety eval through her Medicaid waiver case manager - pt accepted
- reviewed falls risk; pt uses cane, refuses walker

Plan: charge RN to check the bruise at each treatment this week; SW follow up Fri.
"""),
("2024-02-12", "ED Provider Note", """
ED NOTE - Harlan County Regional

CC: buttock pain, "black spot"
62F, ESRD; MWF hemodialysis, L forearm AVF, has not missed a run. DM2 - takes
glargine plus mealtime lispro. HTN. Reports a painful black area on her R
buttock first seen about 10
days ago by her daughter, enlarging, pain now 10/10 and she cannot sit in her
chair at dialysis. No fever, chills. Not on anticoagulation.

VS: T 37.2  HR 101  BP 158/71  RR 18  SpO2 97%  FSBG 188

Exam: R buttock: stellate purpuric plaque 7x5 cm, black eschar centrally, a net
of livedo around, firm, no fluctuance, no crepitus. Sacrum intact.

Labs: leukocytes 9.1, lactic acid 1.4, calcium 9.6, phosphorus 7.8, ALP 212, alb 2.9.
CT pelvis w/o contrast: subcutaneous stranding R gluteal, no gas, no abscess;
dense vascular calcification.

MDM: concern for calciphylaxis; nec fasc felt unlikely (no gas, stable vitals,
no systemic toxicity). Abscess not seen.
Dispo: admit to medicine. Derm and wound consults requested. Hydromorphone 0.2 mg
IV x 1.
"""),
("2024-02-14", "Wound Ostomy Nurse Consult", """
WOC NURSE CONSULT - inpatient, 4 East

Reason: R buttock wound.
Derm saw pt 2/13: pt declined punch biopsy; derm note documents a clinical
diagnosis of calciphylaxis based on the stellate necrosis, retiform border,
pain out of proportion and labs.

Admission flowsheet: 78.2kg, BMI 29.9 - overweight.

Wound assessment, R buttock:
 size 7.4 x 5.2 cm, depth not measurable (eschar)
 bed: 90% black dry eschar, 10% violaceous rim
 periwound: retiform purpura extending 3 cm, no maceration
 exudate: none   odor: none
 pain: 9/10 w/ turning, 6/10 at rest after IV meds

Interventions:
- eschar left intact (stable, dry), painted w/ povidone iodine, covered w/
  silicone foam border dressing, change q3d & prn
- low air loss mattress ordered; turning schedule q2h, off the R side
- bedside pillow wedge; HOB <= 30 when possible
- educated pt & daughter on offloading at home

Recs: nutrition consult (Alb 2.9); nephrology re STS. WOC RN will follow 2x/wk.
"""),
("2024-03-05", "Inpatient Social Work Discharge Note", """
SOCIAL WORK - DISCHARGE PLANNING
Pt: 62 F, adm 2/12 for calciphylaxis wound of the R buttock.

Medically ready per team. Pt cannot yet sit for a full 4 hr dialysis run and
needs daily wound care and pain control; PT recommends SNF level.

Placement:
- Maple Crest Rehab accepted (bed 214), they contract w/ Pellham Road Kidney
  Center for HD transport MWF; outpt unit will give STS after each run.
- Medicaid pending auth, obtained 3/4.
- daughter (Renata) in agreement; pt tearful but agreable, wants home by Easter.

Psychosocial: lives alone, cat being fed by neighbor. Pt voiced fear of "losing
my behind" and asked about amputation; validated fear and referred questions to
team, who explained the plan.
Advance directive: full code, daughter is health care agent (form on chart).

Insulin pen supplies and glucometer sent w/ pt. Transport: wheelchair van 1300.
SW closing inpatient case; SNF SW Alicia B. given report by phone.
"""),
]}

C06 = {"patient_id": "C06", "age": 55, "sex": "M", "notes": [
("2022-11-08", "Care Coordination Note", """
CHRONIC CARE MANAGEMENT - telephone encounter (22 min)
RN care coordinator: P. Lindqvist

Pt: 55 M, ESRD on short daily home HD (5 days/wk, wife is trained partner), DM2,
HTN, obesity. Monthly CCM call.

Diabetes: A1c 9.8 in Sept -> PCP started insulin glargine in October, now 24 units
at bedtime by pen. Pt reports FSBG 140s-180s fasting. He injects into his flanks,
alternating left and right sides each night, because "I can't see the front of my
belly past the gut, and it's sore there anyway." Reviewed pen technique, needle
disposal (sharps
container at home), hypoglycemia sx and 15/15 rule.

Home HD: no missed sessions, machine alarms twice last wk (resolved w/ tech
support). Supplies delivered 11/1.

Barriers: cost of test strips - switched to 90 day supply through mail order.
Goals: A1c < 8 by March; keep all nephrology visits.

Plan: CCM call in 30 days; forward FSBG log to PCP Dr. Gutierrez-Mahon.
"""),
("2023-01-10", "Home Hemodialysis Clinic Note", """
HOME HEMODIALYSIS CLINIC - NEPHROLOGY
55M, ESRD (DM nephropathy), on short daily home HD since 2020 via L upper arm AVF,
partner = wife. DM2 on glargine since Oct 2022.

Interval: since New Year's Day pt has had a sore, hard, purplish area on the L
flank, now "like a knife" w/ clothing. It sits in the area where he has been
injecting his glargine since October. No fever. R flank: no similar change.

Vitals: BP 144/86, HR 78, wt 111.4 kg (EDW 110.5).
Exam: L flank: indurated plaque 6x5 cm, violet lacy pattern, dusky center,
tender to a light touch. Lungs clear, no edema.

Labs (1/3): PO4 7.2, Ca (corr) 9.9, PTH 1,046, alb 3.4, Hb 10.9. stdKt/V 2.3.

A/P:
1. Tender retiform plaque where he injects his insulin. I am worried about
   calciphylaxis; derm will squeeze him in this wk for deep punch bx; wound RN.
   Calcium acetate off, sevelamer on; add cinacalcet 30 mg.
   Move insulin to thighs in the meantime.
2. ESRD on HHD - adequacy fine, no change.
3. DM2 - glargine 24 u, PCP following.
"""),
("2023-01-24", "Dermatology Clinic Note", """
DERMATOLOGY CLINIC - return visit

55M w/ ESRD on home HD, DM2 on insulin. Seen 1/13/23 for L flank plaque; deep
punch biopsy taken.
Path: mural calcium deposits in subcutaneous vessels, fibrin thrombi, patchy
lobular fat necrosis; von Kossa stain shows it well.
Diagnosis: calciphylaxis.

Pain 7/10, nights the worst. Biopsy site healing.
Height 182 cm, weight 117.6 kg, BMI 35.5.

Exam: the L flank plaque measures 7x5.5 cm today w/ a central black eschar
(2x1.5); livedoid border. R flank, abdomen, thighs clear.

Impression: calciphylaxis of the L flank, arising within his insulin injection
zone; no other sites.

Plan:
- STS 25 g IV: pt/wife would rather get it in-center 3x/wk than add it to the
  home runs; nephro arranging chair time
- dressing: hydrocolloid border, change q3 days
- avoid injecting into either flank; thighs are OK for now
- pain: nephro starting low-dose gabapentin at night
See again in 3 wks; photos uploaded.
"""),
]}

C07 = {"patient_id": "C07", "age": 60, "sex": "F", "notes": [
("2024-09-10", "Care Coordination Note", """
CARE COORDINATION - Kidney Care Management Program
Coordinator: S. Abernathy, LCSW

60 y/o F, ESRD, center HD Tue/Thu/Sat, HTN, morbid obesity (BMI 44.2 at the
dialysis scale 9/3), large ventral hernia. No diabetes.

Gen surgery (Dr. Oyelaran) deferred hernia repair until BMI < 40 and referred to
bariatric program. She was fitted w/ an elastic abdominal binder by DME in early
August and has had it on daily since August, "snug as I can stand it," taking it
off only to sleep.

Pt's concerns:
- bariatric program requires 6 nutrition visits; transport only covered for HD
- wants to go back to part time work at the library

Actions:
- referred to renal dietitian for weight plan compatible w/ HD diet
- enrolled pt in the health plan's ride benefit (12 trips/yr), confirmation #RB-8812
- sent bariatric intake form to Dr. Oyelaran's office

PHQ-2 = 0. Next contact 30 days.
"""),
("2025-03-12", "Case Management Discharge Note", """
CASE MANAGEMENT - DISCHARGE SUMMARY OF SERVICES

60F ESRD on HD TTS admitted 03/04/2025-03/10/2025 for RLL pneumonia, treated w/
IV ceftriaxone then PO. VTE prophylaxis: enoxaparin (30 mg subcut q24h), nurses
gave it in the lower abdomen throughout the stay (pt declined heparin 3x/day, "too
many shots"). Sats 95% RA at DC, no home O2 need.

DC disposition: home w/ self-care.
- outpt HD resumed 3/11, unit aware of antibiotic end date 3/14
- hernia: binder resumed on DC per pt preference
- follow up PCP 1-2 wks (appt 3/20 10:40 booked)
- pharmacy: amoxicillin-clavulanate renally dosed, delivered to bedside

Pt lives w/ adult son, 1 flight of stairs, managed w/o difficulty on PT eval.
No new DME. Medicare/Medicaid dual.
Care coordinator (S. Abernathy) notified of DC by secure message.
"""),
("2025-04-08", "Wound Clinic Note", """
WOUND CLINIC - new pt

60F, dialysis-dependent ESRD, morbid obesity (BMI 43.8), ventral hernia, no DM, no
anticoagulant. Referred by nephrology.
Onset: 03/28/25 noticed exquisite pain and two dark hard patches low on the
belly, both within the band where her elastic hernia binder presses at its lower
edge - the same stretch of skin where she received daily enoxaparin shots during
her March admission. Punch bx 4/1/25 (derm): calciphylaxis.

Exam, lower abdomen, suprapubic pannus:
 #1 stellate black eschar 4.2x3.0 cm, violaceous rim
 #2 retiform purpura 2.5x2.0 cm, epidermis intact
 livedo connecting the two; induration ~ 14 cm across the lower abdomen
 no drainage; deep tissue pain

Assessment: calciphylaxis, low abdominal wall, at the binder edge and the
prior LMWH injection zone.
Plan:
- binder OFF; surgery aware; soft abdominal support garment only if needed
- eschars kept dry, betadine daily, ABD pad
- thiosulfate with each dialysis (nephrology ordered 4/3)
- pain clinic referral; SW for coping
RTC 1 wk.
"""),
("2025-04-29", "Social Work Note", """
SOCIAL WORK - outpatient dialysis, follow-up

Pt seen chairside. Referred by wound clinic for coping w/ new dx of calciphylaxis
of the lower abdomen.

Pt says pain is "always there, like a bad tooth in my stomach skin." She is
frustrated that the binder had to go, because her hernia now bulges when she
stands and she feels "everybody can see it." Has not returned to the library job.
Son is helping w/ dressing changes in the evening; he works nights so mornings
are hard.

Screening: PHQ-9 = 11 (moderate). GAD-7 = 9.
Finances: copay for pain meds $38/mo - applied for Extra Help; approved in past
so expect renewal.

Interventions:
- supportive counselling, problem-solving re mornings (unit RN to do dressing
  after tx on T/Th/Sat)
- referred to outpatient counselling (tele) w/ pt agreement
- discussed advance care planning briefly; pt wants to talk w/ son first

Plan: weekly SW check-in x 4.
"""),
]}

PATIENTS = [C01, C02, C03, C04, C05, C06, C07]
